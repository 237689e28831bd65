"""The PDF reader: pages to glyphs, glyphs to lines in logical order, lines to one rendition.

``reader`` is the entry point (``parse``); the other modules are its steps:
``objects``/``fonts``/``fontmaps``/``cmap`` read fonts and small objects,
``content`` and ``glyphs`` interpret content streams, ``units``, ``lines``,
``bidi`` and ``columns`` build lines in logical order, ``blocks`` finds
paragraphs, ``furniture``/``session_block`` the page furniture and ``notes``
the footnotes. ``pdfium`` is the optional PDFium glyph reader.
"""
