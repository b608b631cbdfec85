"""Backend for the notes-editor browser extension (`/ext/v1`) and the `/demo` page."""
