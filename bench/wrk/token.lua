-- POST /v1/oauth/token, client-credentials grant, form-urlencoded, as the seed's curl sample does.
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
wrk.method = "POST"
wrk.path = "/v1/oauth/token"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "client_id=demo-client&client_secret=demo-secret&grant_type=client_credentials"
