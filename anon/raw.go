package anon

import (
	"github.com/siemanon/siemanon/categories"
)

// runByte marks the bytes a value token can hold. A run of them is scanned for values;
// everything else (blanks, quotes, brackets, '=', '/', '\', ',', non-ASCII) separates runs.
var runByte = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	for _, c := range "._-:@%+$" {
		t[c] = true
	}
	return t
}()

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isHex(c byte) bool    { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }

// scanText finds the values in raw text s and records their edits, offset by base.
func (w *worker) scanText(s []byte, base int) {
	for i := 0; i < len(s); {
		if !runByte[s[i]] {
			i++
			continue
		}
		j := i
		interesting := false
		for j < len(s) && runByte[s[j]] {
			c := s[j]
			if isDigit(c) || c == ':' || c == '@' {
				interesting = true
			}
			j++
		}
		if interesting {
			w.scanRun(s, i, j, base)
		}
		i = j
	}
}

// scanRun looks for values in the run s[i:j]. Values start at the run's start or right
// after a ':' or '@' inside it (outside:10.1.2.3, root@10.1.2.3, mailto:a@b.example).
func (w *worker) scanRun(s []byte, i, j, base int) {
	run := s[:j] // values never reach past the run
	for p := i; p < j; {
		if end := w.valueAt(run, i, p, base); end > p {
			p = end
			if p < j && (s[p] == ':' || s[p] == '@') {
				p++
			}
			continue
		}
		// Skip the rest of a hex-and-colon sequence whole: the tail of a too-long MAC or
		// IPv6 lookalike must not match on its own.
		q := p
		if isHex(s[q]) || s[q] == ':' {
			for q < j && (isHex(s[q]) || s[q] == ':' || s[q] == '.') {
				q++
			}
		}
		for q < j && s[q] != ':' && s[q] != '@' {
			q++
		}
		p = q + 1
	}
}

// valueAt tries every shape at s[p:], where p is a value start inside the run that begins
// at i. It records an edit and returns the end of the value, or p when none fits.
func (w *worker) valueAt(s []byte, i, p, base int) int {
	c := s[p]
	if isHex(c) || c == ':' {
		if end := w.macAt(s, p, base); end > p {
			return end
		}
		if end := w.ipv6At(s, p, base); end > p {
			return end
		}
	}
	if isDigit(c) {
		if end := w.ipv4At(s, i, p, base); end > p {
			return end
		}
	}
	return w.emailAt(s, p, base)
}

func (w *worker) macAt(s []byte, p, base int) int {
	if !w.e.cats.on(categories.MAC) {
		return p
	}
	mac, n, form, ok := categories.ParseMAC(s[p:])
	if !ok {
		return p
	}
	end := p + n
	if form.Sep == ':' && end < len(s) && s[end] == ':' {
		// A longer run of colon-separated octets. iptables and UFW log the link header as
		// MAC=dst:src:type (14 octets, more with VLAN tags or IP bytes): the first two
		// groups of six are the addresses. Other runs (key fingerprints) are not MACs.
		octets := 6
		for q := end; q+2 < len(s) && s[q] == ':' && isHex(s[q+1]) && isHex(s[q+2]); q += 3 {
			octets++
		}
		if octets == 14 || octets >= 12 && p >= 4 && string(s[p-4:p]) == "MAC=" {
			src, _, srcForm, _ := categories.ParseMAC(s[end+1:])
			from := len(w.repl)
			w.repl = categories.AppendMAC(w.repl, w.mac.Map(mac), form)
			w.repl = append(w.repl, ':')
			w.repl = categories.AppendMAC(w.repl, w.mac.Map(src), srcForm)
			w.addEdit(base+p, base+end+18, from)
			return p + 3*octets - 1
		}
		return p
	}
	if end < len(s) && (isHex(s[end]) || isLetter(s[end]) || s[end] == form.Sep && end+1 < len(s) && isHex(s[end+1])) {
		return p
	}
	from := len(w.repl)
	w.repl = categories.AppendMAC(w.repl, w.mac.Map(mac), form)
	w.addEdit(base+p, base+end, from)
	return end
}

func (w *worker) ipv6At(s []byte, p, base int) int {
	if !w.e.cats.on(categories.IPv6) {
		return p
	}
	addr, n, form, ok := categories.ParseIPv6(s[p:])
	if !ok || n < 3 {
		return p
	}
	end := p + n
	if end < len(s) {
		c := s[end]
		if isHex(c) || isLetter(c) || c == '.' && end+1 < len(s) && isDigit(s[end+1]) ||
			c == ':' && end+1 < len(s) && (isHex(s[end+1]) || s[end+1] == ':') {
			return p
		}
	}
	from := len(w.repl)
	w.repl = categories.AppendIPv6(w.repl, w.ipv6.Map(addr), form)
	w.addEdit(base+p, base+end, from)
	return end
}

func (w *worker) ipv4At(s []byte, i, p, base int) int {
	if !w.e.cats.on(categories.IPv4) {
		return p
	}
	addr, n, padded, ok := categories.ParseIPv4(s[p:])
	if !ok {
		return p
	}
	end := p + n
	if end < len(s) && (isLetter(s[end]) || s[end] == '.' && end+1 < len(s) && isDigit(s[end+1])) {
		return p
	}
	// Chrome/120.0.0.0: a product's version, not an address. Interfaces such as
	// inside/10.1.2.3 (Cisco ASA) are addresses, so only the x.y.0.0 shape of reduced
	// user-agent versions counts.
	if p == i && addr[2] == 0 && addr[3] == 0 && isVersionAfterSlash(s, i) {
		return p
	}
	from := len(w.repl)
	w.repl = categories.AppendIPv4(w.repl, w.ipv4.Map(addr), padded)
	w.addEdit(base+p, base+end, from)
	return end
}

// isVersionAfterSlash reports whether the run at i is the version of a product token such
// as Chrome/120.0.0.0: a word standing alone before a '/'. A '/' after a host or another
// path segment (http://h/10.1.2.3) does not count.
func isVersionAfterSlash(s []byte, i int) bool {
	if i < 2 || s[i-1] != '/' || !isLetter(s[i-2]) {
		return false
	}
	k := i - 2
	for k > 0 && (isLetter(s[k-1]) || isDigit(s[k-1]) || s[k-1] == '-' || s[k-1] == '_') {
		k--
	}
	return k == 0 || s[k-1] == ' ' || s[k-1] == '(' || s[k-1] == ';' || s[k-1] == '"' || s[k-1] == '\t'
}

func (w *worker) emailAt(s []byte, p, base int) int {
	if !w.e.cats.on(categories.Email) {
		return p
	}
	at := p
	for at < len(s) && s[at] != '@' && s[at] != ':' {
		at++
	}
	if at == len(s) || s[at] != '@' {
		return p
	}
	start, end, ok := categories.EmailAt(s[p:], at-p)
	if !ok {
		return p
	}
	start, end = p+start, p+end
	from := len(w.repl)
	w.repl = w.cached(categories.Email, s[start:end], w.emails.Append)
	w.addEdit(base+start, base+end, from)
	return end
}
