"""The encrypted office database and the files beside it. SQL lives here and nowhere else. No Qt."""
