"""One Textual screen per file."""
