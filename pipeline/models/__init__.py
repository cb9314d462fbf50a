"""Models the project trained, shipped inside the package: each folder holds its weights, its inference
code (numpy only) and a MODEL_CARD.md with the data, licence, scores and speed."""
