"""The appointments' widgets: the week calendar, the booking dialog, an appointment's dialog, the session record
form, the waiting list and the start page's today card (the page itself: ui/pages/appointments_page.py)."""
