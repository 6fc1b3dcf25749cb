import GutSkinCLI

GutSkinCommand.runAndExit()
