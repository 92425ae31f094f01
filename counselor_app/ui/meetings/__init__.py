"""The review meetings' windows and dialogs (月度研判会): the page is ui/pages/meetings_page.py."""
