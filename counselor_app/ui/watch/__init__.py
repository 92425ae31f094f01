"""The watch list's windows and dialogs (issue 11): the entry window, the dialogs that write into an entry."""
