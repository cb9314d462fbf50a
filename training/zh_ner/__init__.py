"""Training code for the Chinese NER tagger in ``pipeline.models.zh_ner``."""
