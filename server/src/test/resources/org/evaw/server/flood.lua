-- One client flooding the endpoint with an expensive query: a COUNT over a three-way cross product.
wrk.method = "GET"
wrk.headers["User-Agent"] = "flood/1.0"
wrk.path = "/evaw/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%20%3Fa%20%3Fp%20%3Fb%20.%20%3Fc%20%3Fq%20%3Fd%20.%20%3Fe%20%3Fr%20%3Ff%20%7D"
