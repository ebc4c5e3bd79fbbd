"""Plain-Python core of iepwizard: nothing in this package imports Textual."""
