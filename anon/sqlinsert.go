package anon

import (
	"bytes"
)

// An INSERT statement logged with its values (MySQL's general log, an ORM's debug
// output, a constraint violation's message) names each value's column:
// INSERT INTO orders (ship_name, ship_city, phone) VALUES ('Giulia Bianchi', 'Como', ...).
// A value is read as what its column names, as a key's value is; the column names stay
// as they are, and a value whose column names nothing is scanned as text.

// sqlInsertAt returns where "INSERT INTO" starts in s (either case), or -1.
func sqlInsertAt(s []byte) int {
	if bytes.IndexByte(s, '(') < 0 {
		return -1 // (no column list: most lines and strings stop here, at one vectorized search)
	}
	for _, kw := range [...]string{"NSERT INTO ", "nsert into "} {
		if k := bytes.Index(s, []byte(kw)); k >= 1 && (s[k-1] == 'I' || s[k-1] == 'i') && (k == 1 || !isAlnum(s[k-2])) {
			return k - 1
		}
	}
	return -1
}

// sqlInsert rewrites the INSERT statement that starts at s[at] and returns where its
// last row of values ends (where its column list starts when no row fits the columns),
// or at when it is not one with a column list and values.
func (w *worker) sqlInsert(s []byte, at, base int) int {
	open := bytes.IndexByte(s[at:min(len(s), at+200)], '(')
	if open < 0 {
		return at
	}
	open += at
	close := bytes.IndexByte(s[open:], ')')
	if close < 0 {
		return at
	}
	close += open
	var colsBuf [32][]byte
	cols := colsBuf[:0]
	for c := range bytes.SplitSeq(s[open+1:close], []byte{','}) {
		c = bytes.Trim(c, " \"`[]")
		if len(c) == 0 || bytes.IndexByte(c, ' ') >= 0 || len(cols) == cap(colsBuf) {
			return at // no column list: INSERT INTO t SELECT ..., or too many
		}
		cols = append(cols, c)
	}
	k := skipBlanks(s, close+1)
	if !hasPrefixAt(s, k, "VALUES") && !hasPrefixAt(s, k, "values") && !hasPrefixAt(s, k, "Values") {
		return at
	}
	k = skipBlanks(s, k+6)
	w.scanFrom(s[:open], at+len("INSERT INTO"), modePlain, ',', base) // the table's name, as any text
	end := open
	for k < len(s) && s[k] == '(' {
		rowEnd, ok := w.sqlRow(s, k+1, cols, base)
		if !ok {
			break
		}
		end = rowEnd
		k = rowEnd
		if k+1 < len(s) && s[k] == ',' {
			k = skipBlanks(s, k+1)
		}
	}
	return end
}

// sqlRow rewrites the values of one row, s[i:] up to its ')', by cols, and returns where
// the row ends; false when its values do not match the columns one for one.
func (w *worker) sqlRow(s []byte, i int, cols [][]byte, base int) (int, bool) {
	var spans [32][2]int
	n := 0
	k := i
	for {
		k = skipBlanks(s, k)
		if k >= len(s) || n == len(spans) {
			return 0, false
		}
		start, stop := k, k
		if s[k] == '\'' || s[k] == 'N' && k+1 < len(s) && s[k+1] == '\'' {
			// A string: '' inside it is a quote.
			q := k + 1
			if s[k] == 'N' {
				q++
			}
			start = q
			for q < len(s) && !(s[q] == '\'' && (q+1 >= len(s) || s[q+1] != '\'')) {
				if s[q] == '\'' {
					q++
				}
				q++
			}
			if q >= len(s) {
				return 0, false
			}
			stop = q
			k = q + 1
		} else {
			for k < len(s) && s[k] != ',' && s[k] != ')' {
				k++
			}
			stop = k
			for stop > start && s[stop-1] == ' ' {
				stop--
			}
		}
		spans[n] = [2]int{start, stop}
		n++
		k = skipBlanks(s, k)
		if k >= len(s) {
			return 0, false
		}
		if s[k] == ')' {
			break
		}
		if s[k] != ',' {
			return 0, false
		}
		k++
	}
	if n != len(cols) {
		return 0, false
	}
	where := w.where
	for c, sp := range spans[:n] {
		if sp[1] == sp[0] || bindPlaceholder(s[sp[0]:sp[1]]) {
			continue // ($1, :name, ?: the value comes elsewhere)
		}
		if cat := sqlColumnCategory(w.e.rawKeys, cols[c]); cat != "" {
			w.where = w.label("key", cols[c])
			w.contextValue(cat, s, sp[0], sp[1], base)
		} else {
			w.where = where
			w.scanFrom(s[:sp[1]], sp[0], modePlain, ',', base)
		}
	}
	w.where = where
	return k + 1, true
}

// sqlColumnCategory names the category of a column by its name, or by its last word
// (ship_city, billing_street, contact_phone).
func sqlColumnCategory(keys *rawKeyTable, col []byte) string {
	if cat := keys.lookup(col); cat != "" {
		return cat
	}
	if u := bytes.LastIndexByte(col, '_'); u > 0 && u+1 < len(col) {
		return keys.lookup(col[u+1:])
	}
	return ""
}

// bindPlaceholder reports a statement's placeholder for a value: $1, :1, :name, ?.
func bindPlaceholder(v []byte) bool {
	if len(v) == 1 && v[0] == '?' {
		return true
	}
	if len(v) < 2 || v[0] != '$' && v[0] != ':' {
		return false
	}
	for _, c := range v[1:] {
		if !isAlnum(c) && c != '_' {
			return false
		}
	}
	return true
}
