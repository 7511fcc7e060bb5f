"""The case register screens: the register, the editor, import and retention dialogs."""
