"""The tabs of the main window, one file each."""
