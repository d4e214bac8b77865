"""readouts: government meeting readouts -> a clean, versioned Parquet dataset.

The import package has layers, each allowed to import only those below it (tests/test_layers.py):

    readouts (this folder: input types, limits, clock, ids, months)
    readouts.extract    bytes -> document text (extract/)
    readouts.transform  text -> records (transform/)
    readouts.acquire    fetching, sources, discovery, WARC reading (acquire/)
    readouts.output     tables, versions, validation, raw archive (output/)
    readouts.flows      Prefect flows and the CLI (flows/)
"""
__version__ = "0.2.0"
