"""Unicode and Arabic helpers shared by parsers, rules and repairs.

``unarchive.text.unicode`` is the one place that decides the Unicode version:
every property lookup and normalisation in the project goes through it.
"""
