-- GET the URL given on the command line (headers come from -H).
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
