package main

import "sort"

// lineFunc appends one complete line, newline included.
type lineFunc func(g *gen, b []byte) []byte

type weighted struct {
	w int
	f lineFunc
}

// A mix picks a line kind at random with the given weights.
type mix struct {
	total int
	items []weighted
}

func newMix(items ...weighted) *mix {
	m := &mix{items: items}
	for _, it := range items {
		m.total += it.w
	}
	return m
}

func (m *mix) line(g *gen, b []byte) []byte {
	x := g.intn(m.total)
	for _, it := range m.items {
		if x < it.w {
			return it.f(g, b)
		}
		x -= it.w
	}
	return m.items[len(m.items)-1].f(g, b)
}

// Weights, out of the sum of each list. mixed is the sum of every
// category; the single-category formats reuse the same line kinds.
var (
	syslogItems   = []weighted{{14, lineSSH}, {4, lineSudo}, {2, lineSu}, {3, lineLogind}, {5, linePostfix}, {5, lineDNS}}
	webItems      = []weighted{{20, lineWeb}}
	firewallItems = []weighted{{6, lineIptables}, {4, lineFortinet}, {4, lineASA}, {3, linePANOS}}
	cefItems      = []weighted{{4, lineCEF}, {2, lineLEEF}}
	windowsItems  = []weighted{{6, lineWindows}}
	ecsItems      = []weighted{{10, lineECS}}
)

func formatMix(name string) (*mix, bool) {
	switch name {
	case "mixed":
		var all []weighted
		for _, l := range [][]weighted{syslogItems, webItems, firewallItems, cefItems, windowsItems, ecsItems} {
			all = append(all, l...)
		}
		return newMix(all...), true
	case "syslog":
		return newMix(syslogItems...), true
	case "web":
		return newMix(webItems...), true
	case "firewall":
		return newMix(firewallItems...), true
	case "cef":
		return newMix(cefItems...), true
	case "windows":
		return newMix(windowsItems...), true
	case "ecs":
		return newMix(ecsItems...), true
	}
	return nil, false
}

var formatNames = func() []string {
	s := []string{"mixed", "ecs", "syslog", "web", "firewall", "cef", "windows"}
	sort.Strings(s[1:])
	return s
}()
