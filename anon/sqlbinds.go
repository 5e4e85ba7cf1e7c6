package anon

import (
	"bytes"
	"unicode/utf8"
)

// Oracle's unified audit trail writes a statement's bind values after it, in SQL_BINDS:
// " #1(16):+420 603 512 948 #2(5):Praha", each value prefixed by its position and its
// length in characters. A value is read as what its column names: the statement assigns
// placeholders to columns (SET city = :3, WHERE email = :1) or lists both (INSERT INTO t
// (a, b) VALUES (:1, :2)); the n-th bind is the n-th placeholder. A value whose column
// names nothing is scanned as text.

// oracleBindsStart returns where " #1(" starts a bind list in s, or -1.
func oracleBindsStart(s []byte) int {
	if bytes.IndexByte(s, '#') < 0 {
		return -1
	}
	k := bytes.Index(s, []byte(" #1("))
	if k < 0 {
		return -1
	}
	if _, _, ok := oracleBindAt(s, k+1); !ok {
		return -1
	}
	return k + 1
}

// oracleBindAt reads the bind "#N(L):" at s[i] and returns where its value starts and
// ends (L characters on).
func oracleBindAt(s []byte, i int) (start, end int, ok bool) {
	k := i + 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k == i+1 || k >= len(s) || s[k] != '(' {
		return 0, 0, false
	}
	n, l := 0, k+1
	for l < len(s) && isDigit(s[l]) && n < 1<<20 {
		n = n*10 + int(s[l]-'0')
		l++
	}
	if l == k+1 || l+1 >= len(s) || s[l] != ')' || s[l+1] != ':' {
		return 0, 0, false
	}
	start = l + 2
	end = start
	for c := 0; c < n && end < len(s); c++ {
		_, size := utf8.DecodeRune(s[end:])
		end += size
	}
	return start, end, true
}

// bindColumns returns the column each placeholder of the statement in s stands for, in
// the order the placeholders come ("" where none is named).
func bindColumns(s []byte, dst [][]byte) [][]byte {
	var insertCols [][]byte
	if v := bytes.Index(s, []byte(" VALUES (")); v > 0 {
		if open := bytes.LastIndexByte(s[:v], '('); open > 0 {
			if close := bytes.IndexByte(s[open:v], ')'); close > 0 {
				for _, c := range bytes.Split(s[open+1:open+close], []byte{','}) {
					insertCols = append(insertCols, bytes.TrimSpace(c))
				}
			}
		}
	}
	inValues := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] != ':' && s[i] != '$' || !isAlnum(s[i+1]) || i > 0 && isAlnum(s[i-1]) {
			continue // (PostgreSQL's placeholders are $1, $2; Oracle's :1, :name)
		}
		col := []byte(nil)
		k := i
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		if k > 0 && s[k-1] == '=' {
			// col = :3, col=:3 (and <=, >=, != before it name a column too)
			e := k - 1
			for e > 0 && (s[e-1] == ' ' || s[e-1] == '<' || s[e-1] == '>' || s[e-1] == '!') {
				e--
			}
			b := e
			for b > 0 && (isAlnum(s[b-1]) || s[b-1] == '_') {
				b--
			}
			col = s[b:e]
		} else if insertCols != nil && k > 0 && (s[k-1] == '(' || s[k-1] == ',') {
			if inValues < len(insertCols) {
				col = insertCols[inValues]
			}
			inValues++
		}
		dst = append(dst, col)
	}
	return dst
}

// oracleBinds reads the bind list that starts at s[at], its columns named by the
// statement before it.
func (w *worker) oracleBinds(s []byte, at, base int) {
	var colsBuf [16][]byte
	cols := bindColumns(s[:at], colsBuf[:0])
	where := w.where
	defer func() { w.where = where }()
	for i := at; i < len(s); {
		start, end, ok := oracleBindAt(s, i)
		if !ok {
			w.scanFrom(s, i, modePlain, '\t', base)
			return
		}
		pos := 0
		for k := i + 1; isDigit(s[k]); k++ {
			pos = pos*10 + int(s[k]-'0')
		}
		cat := ""
		if pos >= 1 && pos <= len(cols) && len(cols[pos-1]) > 0 {
			cat = sqlColumnCategory(w.e.rawKeys, cols[pos-1])
		}
		if end > start {
			if cat != "" {
				w.where = w.label("key", cols[pos-1])
				w.contextValue(cat, s, start, end, base)
			} else {
				w.where = where
				w.scanFrom(s[:end], start, modePlain, '\t', base)
			}
		}
		i = end
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
}

// PostgreSQL logs a prepared statement's parameters on the line after it:
// "LOG:  execute <unnamed>: INSERT INTO customers (first_name, ...) VALUES ($1, ...)", then
// "DETAIL:  parameters: $1 = 'Anna', $2 = 'Kowalska', ...". The reader, which sees the
// lines in order, gives the parameters' line the categories of the statement's columns,
// by placeholder number.

// pgParamLayout is the layout of a parameters line: categories[n-1] is $n's ("": text).
func (e *Engine) pgParamLayout(statement []byte) *fieldLayout {
	var colsBuf [32][]byte
	cols := bindColumns(statement, colsBuf[:0])
	l := &fieldLayout{fieldColumn: -1, pgParams: true}
	n := 0
	for i := 0; i+1 < len(statement); i++ {
		if statement[i] != '$' || !isDigit(statement[i+1]) || i > 0 && isAlnum(statement[i-1]) {
			continue
		}
		num := 0
		for k := i + 1; k < len(statement) && isDigit(statement[k]); k++ {
			num = num*10 + int(statement[k]-'0')
		}
		if num < 1 || num > 64 || n >= len(cols) {
			n++
			continue
		}
		for len(l.categories) < num {
			l.categories = append(l.categories, "")
		}
		if len(cols[n]) > 0 {
			l.categories[num-1] = sqlColumnCategory(e.rawKeys, cols[n])
		}
		n++
	}
	return l
}

// pgStatement reports a PostgreSQL log line that gives a statement with $n placeholders.
func pgStatement(line []byte) bool {
	return bytes.IndexByte(line, '$') >= 0 && bytes.Contains(line, []byte("$1")) && bytes.Contains(line, []byte("execute "))
}

// pgParameters returns where a parameters list starts in a PostgreSQL log line, or -1.
func pgParameters(line []byte) int {
	if k := bytes.Index(line, []byte("parameters: $1 = ")); k >= 0 {
		return k + len("parameters: ")
	}
	return -1
}

// pgParamValues rewrites the values of the parameters list at s[at] ($1 = 'x', $2 = NULL)
// by l's categories, and returns where the list ends.
func (w *worker) pgParamValues(s []byte, at int, l *fieldLayout, base int) int {
	where := w.where
	defer func() { w.where = where }()
	k := at
	for k+5 < len(s) && s[k] == '$' {
		num, d := 0, k+1
		for d < len(s) && isDigit(s[d]) {
			num = num*10 + int(s[d]-'0')
			d++
		}
		if !hasPrefixAt(s, d, " = ") {
			return k
		}
		v := d + 3
		if v < len(s) && s[v] == '\'' {
			end := v + 1
			for end < len(s) && !(s[end] == '\'' && (end+1 >= len(s) || s[end+1] != '\'')) {
				if s[end] == '\'' {
					end++
				}
				end++
			}
			if end >= len(s) {
				return k
			}
			cat := ""
			if num >= 1 && num <= len(l.categories) {
				cat = l.categories[num-1]
			}
			if cat != "" {
				w.where = w.label("parameter", s[k:d])
				w.contextValue(cat, s, v+1, end, base)
			} else {
				w.where = where
				w.scanFrom(s[:end], v+1, modePlain, ',', base)
			}
			k = end + 1
		} else {
			for k = v; k < len(s) && s[k] != ','; k++ {
			}
		}
		if !hasPrefixAt(s, k, ", $") {
			return k
		}
		k += 2
	}
	return k
}
