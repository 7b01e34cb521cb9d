"""Engines run the pipeline over many inputs: the local engine (default) and Dask (optional extra)."""
