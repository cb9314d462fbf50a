"""Annotation stages over the document model: ingest -> segment -> entities -> quotes.

Stages take and return :class:`pipeline.document.Document` objects; they never read or write files
(all IO lives in the ``corpus`` package) and never change ``Document.text``.
"""
