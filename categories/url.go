package categories

// URLs are found by their scheme ("https://", "ftp://", ...) in free text and at URL keys,
// where a bare "host/path" is accepted too. A URL is not pseudonymized as one string: its
// parts are, each by its own category, so the host of a URL maps like the same host
// anywhere else. The user in the authority maps as a username, the password as a secret,
// the host as a host name or an IP address; the path and the query are scanned like text
// (an email or an address in them is found by shape), and the values of query parameters
// whose names say what they hold (user, email, token, password, ...) map by that category.
// Scheme, port, path layout and parameter names stay.

var urlInfo = Category{
	Name:        URL,
	Risk:        High,
	Description: "URLs; scheme and layout kept, user, password, host and sensitive query values pseudonymized by their own categories",
	Reason:      "URLs carry host names, user names, email addresses and session tokens",
}

// URLParts gives the parts of a URL as offsets into it; an absent part is empty (start ==
// end). Path includes its leading '/', Query excludes its '?'.
type URLParts struct {
	User, Password, Host, Port, Path, Query, Fragment [2]int
	HostIsIPv6                                        bool // written in brackets
}

func isSchemeByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
}

// SchemeBefore returns the start of the URL scheme that ends at s[colon] == ':' and is
// followed by "//", or -1.
func SchemeBefore(s []byte, colon int) int {
	if colon+2 >= len(s) || s[colon+1] != '/' || s[colon+2] != '/' {
		return -1
	}
	i := colon
	for i > 0 && isSchemeByte(s[i-1]) {
		i--
	}
	for i < colon && !(s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == colon || i > 0 && (s[i-1] >= '0' && s[i-1] <= '9' || s[i-1] >= 'a' && s[i-1] <= 'z' || s[i-1] >= 'A' && s[i-1] <= 'Z') {
		return -1 // no scheme, or one glued to a word (0A://)
	}
	return i
}

// URLEnd returns where a URL that starts at s[start] ends: at a blank, a quote, an angle
// bracket or the end, with trailing sentence punctuation left out.
func URLEnd(s []byte, start int) int {
	end := start
	depth := 0
	for end < len(s) {
		c := s[end]
		if c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == 0x7f {
			break
		}
		if c == '(' {
			depth++
		}
		if c == ')' {
			if depth == 0 {
				break
			}
			depth--
		}
		end++
	}
	for end > start && (s[end-1] == '.' || s[end-1] == ',' || s[end-1] == ';' || s[end-1] == ':' || s[end-1] == '!' || s[end-1] == '?') {
		end--
	}
	return end
}

// ParseURL splits u into its parts. With a scheme ("https://...") the authority follows
// it; without one, u is taken as host[:port][/path] (a CEF request=example.com/x).
func ParseURL(u []byte) (p URLParts) {
	i := 0
	for k := 0; k+2 < len(u); k++ {
		if u[k] == ':' && u[k+1] == '/' && u[k+2] == '/' {
			i = k + 3
			break
		}
		if !isSchemeByte(u[k]) {
			break
		}
	}
	// Authority: up to the first '/', '?' or '#'.
	authEnd := i
	for authEnd < len(u) && u[authEnd] != '/' && u[authEnd] != '?' && u[authEnd] != '#' {
		authEnd++
	}
	hostStart := i
	for k := authEnd - 1; k >= i; k-- {
		if u[k] == '@' {
			hostStart = k + 1
			colon := k
			for c := i; c < k; c++ {
				if u[c] == ':' {
					colon = c
					break
				}
			}
			p.User = [2]int{i, colon}
			if colon < k {
				p.Password = [2]int{colon + 1, k}
			}
			break
		}
	}
	hostEnd := authEnd
	if hostStart < authEnd && u[hostStart] == '[' {
		for k := hostStart; k < authEnd; k++ {
			if u[k] == ']' {
				p.Host = [2]int{hostStart + 1, k}
				p.HostIsIPv6 = true
				hostEnd = k + 1
				break
			}
		}
	}
	if !p.HostIsIPv6 {
		for k := hostStart; k < authEnd; k++ {
			if u[k] == ':' {
				hostEnd = k
				break
			}
		}
		p.Host = [2]int{hostStart, hostEnd}
	}
	if hostEnd < authEnd && u[hostEnd] == ':' {
		p.Port = [2]int{hostEnd + 1, authEnd}
	}
	rest := authEnd
	pathEnd := rest
	for pathEnd < len(u) && u[pathEnd] != '?' && u[pathEnd] != '#' {
		pathEnd++
	}
	p.Path = [2]int{rest, pathEnd}
	if pathEnd < len(u) && u[pathEnd] == '?' {
		q := pathEnd + 1
		qEnd := q
		for qEnd < len(u) && u[qEnd] != '#' {
			qEnd++
		}
		p.Query = [2]int{q, qEnd}
		pathEnd = qEnd
	}
	if pathEnd < len(u) && u[pathEnd] == '#' {
		p.Fragment = [2]int{pathEnd + 1, len(u)}
	}
	return p
}
