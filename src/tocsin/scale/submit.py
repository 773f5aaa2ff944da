"""The file spark-submit runs: ``spark-submit [--master …] $(python -c 'import tocsin.scale.submit as s; print(s.__file__)')
ARCHIVES… --out DIR``. The job is ``tocsin.scale.spark.spark_read``; spark-submit gives the master and resources."""

import sys

from tocsin.scale.spark import main

if __name__ == "__main__":
    sys.exit(main())
