"""The duty roster's widgets (值班): the page's tabs, dialogs and the start page's card (ui/pages/duty_page.py)."""
