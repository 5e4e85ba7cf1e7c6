package main

// Web server access logs: Apache vhost_combined and nginx combined.

// webEvent is one HTTP request, shared by the access-log line and its ECS
// record. url and ref point into the generator's scratch buffers.
type webEvent struct {
	vhost  string // empty for nginx combined
	client uint32
	ip6    string
	ident  string // identd user, "-" when unknown
	auth   string // authenticated user, "-" when anonymous
	authAt bool   // auth is written as user@corp.example.com
	u      int
	method string
	url    []byte
	proto  string
	status int
	size   int
	ref    []byte // "-" or a URL
	agent  string
}

var (
	methods  = []string{"GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "POST", "POST", "POST", "HEAD", "PUT", "DELETE", "OPTIONS"}
	statuses = []int{200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 304, 304, 404, 404, 302, 301, 401, 403, 500, 206, 503}
	protos   = []string{"HTTP/1.1", "HTTP/1.1", "HTTP/2.0", "HTTP/1.0"}
)

func (g *gen) newWeb() webEvent {
	e := webEvent{
		ident:  "-",
		auth:   "-",
		u:      g.userIdx(),
		method: pick(g, methods),
		proto:  pick(g, protos),
		status: pick(g, statuses),
		agent:  pick(g, g.tb.agents),
	}
	if g.pct(55) {
		e.vhost = pick(g, g.tb.vhosts)
	}
	switch r := g.intn(100); {
	case r < 5:
		e.ip6 = g.ipv6()
	case r < 50:
		e.client = g.privIP()
	default:
		e.client = g.pubIP()
	}
	if g.pct(30) {
		e.auth = g.users[e.u]
		e.authAt = g.pct(10)
	}
	if g.pct(3) {
		e.ident = g.users[e.u]
	}
	if e.status != 304 {
		e.size = 120 + g.intn(60_000)
	}
	g.url = g.appendTmpl(g.url[:0], pick(g, g.tb.urls), e.u)
	e.url = g.url
	g.ref = g.ref[:0]
	switch r := g.intn(10); {
	case r < 4:
		g.ref = append(g.ref, '-')
	case r < 7:
		g.ref = append(g.ref, "https://"...)
		if e.vhost != "" {
			g.ref = append(g.ref, e.vhost...)
		} else {
			g.ref = append(g.ref, "www.corp.example.com"...)
		}
		g.ref = g.appendTmpl(g.ref, pick(g, g.tb.urls), e.u)
	default:
		g.ref = append(g.ref, "https://"...)
		g.ref = append(g.ref, pick(g, g.tb.domains)...)
		g.ref = append(g.ref, "/search?q="...)
		g.ref = append(g.ref, pick(g, g.tb.words)...)
		g.ref = append(g.ref, '+')
		g.ref = append(g.ref, pick(g, g.tb.words)...)
	}
	e.ref = g.ref
	return e
}

func (e *webEvent) appendClient(b []byte) []byte {
	if e.ip6 != "" {
		return append(b, e.ip6...)
	}
	return appendIPv4(b, e.client)
}

func (e *webEvent) appendAuth(b []byte) []byte {
	b = append(b, e.auth...)
	if e.authAt {
		b = append(b, "@"+corpDomain...)
	}
	return b
}

func (g *gen) appendWebLine(b []byte, e *webEvent) []byte {
	if e.vhost != "" {
		b = append(b, e.vhost...)
		b = append(b, ":443 "...)
	}
	b = e.appendClient(b)
	b = append(b, ' ')
	b = append(b, e.ident...)
	b = append(b, ' ')
	b = e.appendAuth(b)
	b = append(b, " ["...)
	b = g.clk.appendCLF(b)
	b = append(b, "] \""...)
	b = append(b, e.method...)
	b = append(b, ' ')
	b = append(b, e.url...)
	b = append(b, ' ')
	b = append(b, e.proto...)
	b = append(b, "\" "...)
	b = appendInt(b, e.status)
	b = append(b, ' ')
	b = appendInt(b, e.size)
	b = append(b, " \""...)
	b = append(b, e.ref...)
	b = append(b, "\" \""...)
	b = append(b, e.agent...)
	return append(b, '"')
}

func lineWeb(g *gen, b []byte) []byte {
	e := g.newWeb()
	return append(g.appendWebLine(b, &e), '\n')
}
