"""The Word (``.docx``) reader: the body as one rendition of lines, headers and footers as hints.

``reader`` is the entry point (``parse``); ``archive`` opens the ZIP safely,
``parts`` streams WordprocessingML, ``masthead`` reads headers, footers and
document variables, ``notes`` the footnotes and endnotes.
"""
