#!/usr/bin/env Rscript
# Golden values for gutskin's adonis (PERMANOVA with sequential sums of squares, McArdle &
# Anderson 2001, doi:10.1890/0012-9658(2001)082[0290:FMMTCD]2.0.CO;2), from vegan's adonis2.
#
# Usage: first run stats_golden.py with an ADONIS_WORK_DIR (it writes the PGP Bray-Curtis matrix
# computed by scikit-bio, and the samples' body_site, Sex/Gender and sequencing depth), then
#   Rscript scripts/reference/adonis_golden.R ADONIS_WORK_DIR Tests/GutSkinMultivariateTests/Golden/adonis-pgp-braycurtis.json
# (the output is gzip-compressed afterwards: gzip -n -f FILE).
#
# Calls (vegan, version written into the output):
#   adonis2(dm ~ body_site + sex,   data = metadata, permutations = 0, by = "terms")
#   adonis2(dm ~ sex + body_site,   data = metadata, permutations = 0, by = "terms")
#   adonis2(dm ~ body_site + depth, data = metadata, permutations = 0, by = "terms")
#   adonis2(dm ~ body_site * sex,   data = metadata, permutations = 0, by = "terms")
# Each row's Df, SumOfSqs, R2 and F are written with 17 significant digits.
suppressMessages(library(vegan))
args <- commandArgs(trailingOnly = TRUE)
work <- args[1]
out <- args[2]

square <- as.matrix(read.delim(file.path(work, "pgp-braycurtis-adonis.tsv"), row.names = 1,
                               check.names = FALSE))
metadata <- read.delim(file.path(work, "pgp-adonis-metadata.tsv"), stringsAsFactors = TRUE,
                       check.names = FALSE)
stopifnot(identical(rownames(square), as.character(metadata$sample)))
dm <- as.dist(square)

number <- function(x) if (is.na(x)) "null" else sprintf("\"%.17g\"", x)
quoted <- function(x) paste0("\"", gsub("\"", "\\\\\"", x), "\"")

model <- function(formula) {
  fit <- adonis2(formula, data = metadata, permutations = 0, by = "terms")
  rows <- vapply(seq_len(nrow(fit)), function(i) {
    sprintf("{\"term\": %s, \"df\": %s, \"sum_of_squares\": %s, \"r_squared\": %s, \"F\": %s}",
            quoted(rownames(fit)[i]), number(fit$Df[i]), number(fit$SumOfSqs[i]),
            number(fit$R2[i]), number(fit$F[i]))
  }, "")
  sprintf("{\"formula\": %s, \"call\": %s, \"rows\": [%s]}",
          quoted(paste(deparse(formula[[3]]), collapse = "")),
          quoted(paste0("adonis2(", paste(deparse(formula), collapse = ""),
                        ", data = metadata, permutations = 0, by = \"terms\")")),
          paste(rows, collapse = ", "))
}

models <- c(model(dm ~ body_site + sex), model(dm ~ sex + body_site),
            model(dm ~ body_site + depth), model(dm ~ body_site * sex))
samples <- paste(quoted(as.character(metadata$sample)), collapse = ", ")
json <- sprintf(paste0(
  "{\"tool\": %s, \"r\": %s,\n \"data\": %s,\n",
  " \"samples\": [%s],\n \"body_site\": [%s],\n \"sex\": [%s],\n \"depth\": [%s],\n",
  " \"models\": [%s]}\n"),
  quoted(paste("vegan", as.character(packageVersion("vegan")))), quoted(R.version.string),
  quoted("pgp.biom Bray-Curtis (scikit-bio); body_site and Sex/Gender from pgp-mapping.tsv (QIIME 1 parsing), samples with either missing (empty/NA/unknown) dropped; depth = sample total count"),
  samples, paste(quoted(as.character(metadata$body_site)), collapse = ", "),
  paste(quoted(as.character(metadata$sex)), collapse = ", "),
  paste(sprintf("%.17g", metadata$depth), collapse = ", "),
  paste(models, collapse = ",\n  "))
writeLines(json, out)
