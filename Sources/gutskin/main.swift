import GutSkinCLI

GutSkinCommand.main()
