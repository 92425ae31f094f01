"""The screening (心理测评) windows: the new-campaign form, the results import, a campaign's results, the answers
of one sheet and the profile section. The campaigns page is ui/pages/screening_page.py."""
