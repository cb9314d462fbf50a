"""Document pairing and sentence alignment across zh/ru/en: pure functions over signatures and units."""
