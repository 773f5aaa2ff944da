"""Scale-out: the per-document reading mapped over archive shards by a distributed engine
(``spark.spark_read``), its output kept as Parquet rows (``records``) and brought into a store
(``load.load``)."""
