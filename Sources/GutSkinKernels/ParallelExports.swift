// `Parallel` (and the shared buffers) moved to GutSkinParallel; re-exported so that code which
// imports GutSkinKernels — the gut–skin layer and the CLI — keeps calling `Parallel.map` as before.
@_exported import GutSkinParallel
