#include "model/core/json.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

namespace nianbao {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(nianbao::Json)
};

class Parser {
public:
    Parser(const char* begin, const char* end)
        : m_pos(begin)
        , m_begin(begin)
        , m_end(end) {}

    std::optional<JsonValue> parseDocument(JsonError* error) {
        skipWhitespace();
        if (m_pos == m_end) {
            fail(Tr::tr("the file holds no JSON value"));
        } else {
            auto value = parseValue(0);
            skipWhitespace();
            if (value && m_pos != m_end)
                fail(Tr::tr("unexpected text after the end of the JSON value"));
            if (value && !m_failed)
                return value;
        }
        if (error)
            *error = m_error;
        return std::nullopt;
    }

private:
    bool fail(const QString& message) {
        if (m_failed)
            return false;
        m_failed = true;
        m_error.message = message;
        int line = 1;
        const char* lineStart = m_begin;
        for (const char* p = m_begin; p < m_pos && p < m_end; ++p) {
            if (*p == '\n') {
                ++line;
                lineStart = p + 1;
            }
        }
        m_error.line = line;
        m_error.column = static_cast<int>(
            QString::fromUtf8(lineStart, static_cast<qsizetype>(m_pos - lineStart)).size() + 1);
        return false;
    }

    int currentLine() const {
        int line = 1;
        for (const char* p = m_begin; p < m_pos; ++p)
            line += *p == '\n';
        return line;
    }

    void skipWhitespace() {
        while (m_pos != m_end &&
               (*m_pos == ' ' || *m_pos == '\t' || *m_pos == '\n' || *m_pos == '\r')) {
            if (*m_pos == '\n')
                ++m_line;
            ++m_pos;
        }
    }

    bool consumeLiteral(const char* word) {
        const char* p = m_pos;
        for (const char* w = word; *w; ++w, ++p) {
            if (p == m_end || *p != *w)
                return false;
        }
        m_pos = p;
        return true;
    }

    std::optional<JsonValue> parseValue(int depth) {
        if (depth > kMaxJsonDepth) {
            fail(Tr::tr("nested more than %1 levels deep").arg(kMaxJsonDepth));
            return std::nullopt;
        }
        skipWhitespace();
        if (m_pos == m_end) {
            fail(Tr::tr("the file ends where a value should follow (truncated?)"));
            return std::nullopt;
        }
        JsonValue value;
        value.line = m_line;
        switch (*m_pos) {
        case '{':
            if (!parseObject(value, depth))
                return std::nullopt;
            return value;
        case '[':
            if (!parseArray(value, depth))
                return std::nullopt;
            return value;
        case '"':
            value.type = JsonValue::Type::String;
            if (!parseString(value.text))
                return std::nullopt;
            return value;
        case 't':
        case 'f':
        case 'n':
            if (consumeLiteral("true")) {
                value.type = JsonValue::Type::Bool;
                value.boolean = true;
                return value;
            }
            if (consumeLiteral("false")) {
                value.type = JsonValue::Type::Bool;
                return value;
            }
            if (consumeLiteral("null"))
                return value;
            break;
        case 'N':
        case 'I':
            fail(Tr::tr("NaN and Infinity are not JSON numbers"));
            return std::nullopt;
        default:
            if (*m_pos == '-' || (*m_pos >= '0' && *m_pos <= '9')) {
                value.type = JsonValue::Type::Number;
                if (!parseNumber(value.text))
                    return std::nullopt;
                return value;
            }
            break;
        }
        fail(Tr::tr("unexpected character '%1'").arg(QString::fromUtf8(m_pos, 1)));
        return std::nullopt;
    }

    bool parseNumber(QString& literal) {
        const char* start = m_pos;
        auto digits = [&] {
            const char* d = m_pos;
            while (m_pos != m_end && *m_pos >= '0' && *m_pos <= '9')
                ++m_pos;
            return m_pos - d;
        };
        if (*m_pos == '-')
            ++m_pos;
        if (m_pos != m_end && (*m_pos == 'I' || *m_pos == 'N'))
            return fail(Tr::tr("NaN and Infinity are not JSON numbers"));
        if (m_pos != m_end && *m_pos == '0') {
            ++m_pos;
            if (m_pos != m_end && *m_pos >= '0' && *m_pos <= '9')
                return fail(Tr::tr("a number may not start with 0"));
        } else if (digits() == 0) {
            return fail(Tr::tr("malformed number"));
        }
        if (m_pos != m_end && *m_pos == '.') {
            ++m_pos;
            if (digits() == 0)
                return fail(Tr::tr("malformed number: digits must follow the decimal point"));
        }
        if (m_pos != m_end && (*m_pos == 'e' || *m_pos == 'E')) {
            ++m_pos;
            if (m_pos != m_end && (*m_pos == '+' || *m_pos == '-'))
                ++m_pos;
            if (digits() == 0)
                return fail(Tr::tr("malformed number: digits must follow the exponent"));
        }
        literal = QString::fromLatin1(start, static_cast<qsizetype>(m_pos - start));
        return true;
    }

    static int hexValue(char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(char16_t& unit) {
        if (m_end - m_pos < 4)
            return fail(Tr::tr("the file ends inside a \\u escape"));
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_pos[i]);
            if (h < 0)
                return fail(Tr::tr("malformed \\u escape"));
            v = v * 16 + h;
        }
        m_pos += 4;
        unit = static_cast<char16_t>(v);
        return true;
    }

    bool parseString(QString& out) {
        ++m_pos; // opening quote
        const char* runStart = m_pos;
        QString result;
        auto flushRun = [&] {
            if (m_pos > runStart)
                result += QString::fromUtf8(runStart, static_cast<qsizetype>(m_pos - runStart));
        };
        while (true) {
            if (m_pos == m_end)
                return fail(Tr::tr("the file ends inside a string (truncated?)"));
            const char c = *m_pos;
            if (c == '"') {
                flushRun();
                ++m_pos;
                out = std::move(result);
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail(Tr::tr("a control character inside a string (a line break must be "
                                   "written as \\n)"));
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flushRun();
            ++m_pos;
            if (m_pos == m_end)
                return fail(Tr::tr("the file ends inside a string (truncated?)"));
            const char e = *m_pos++;
            switch (e) {
            case '"':
                result += u'"';
                break;
            case '\\':
                result += u'\\';
                break;
            case '/':
                result += u'/';
                break;
            case 'b':
                result += u'\b';
                break;
            case 'f':
                result += u'\f';
                break;
            case 'n':
                result += u'\n';
                break;
            case 'r':
                result += u'\r';
                break;
            case 't':
                result += u'\t';
                break;
            case 'u': {
                char16_t unit = 0;
                if (!parseHex4(unit))
                    return false;
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (!consumeLiteral("\\u") || !parseHex4(low) || !QChar::isLowSurrogate(low))
                        return fail(Tr::tr("a \\u escape holds half a surrogate pair"));
                    result += QChar(unit);
                    result += QChar(low);
                } else if (QChar::isLowSurrogate(unit)) {
                    return fail(Tr::tr("a \\u escape holds half a surrogate pair"));
                } else {
                    result += QChar(unit);
                }
                break;
            }
            default:
                --m_pos;
                return fail(Tr::tr("unknown escape \\%1 in a string").arg(QChar::fromLatin1(e)));
            }
            runStart = m_pos;
        }
    }

    bool parseArray(JsonValue& value, int depth) {
        value.type = JsonValue::Type::Array;
        ++m_pos;
        skipWhitespace();
        if (m_pos != m_end && *m_pos == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            auto element = parseValue(depth + 1);
            if (!element)
                return false;
            value.elements.push_back(std::move(*element));
            skipWhitespace();
            if (m_pos == m_end)
                return fail(Tr::tr("the file ends inside an array (truncated?)"));
            if (*m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (*m_pos == ']') {
                ++m_pos;
                return true;
            }
            return fail(Tr::tr("expected ',' or ']' in an array"));
        }
    }

    bool parseObject(JsonValue& value, int depth) {
        value.type = JsonValue::Type::Object;
        ++m_pos;
        skipWhitespace();
        if (m_pos != m_end && *m_pos == '}') {
            ++m_pos;
            return true;
        }
        // A hash set, not a search of the members: a file of many keys must not take
        // quadratic time to refuse.
        QSet<QString> keys;
        while (true) {
            skipWhitespace();
            if (m_pos == m_end)
                return fail(Tr::tr("the file ends inside an object (truncated?)"));
            if (*m_pos != '"')
                return fail(Tr::tr("expected a key in double quotes"));
            const char* keyStart = m_pos;
            QString key;
            if (!parseString(key))
                return false;
            if (keys.contains(key)) {
                m_pos = keyStart;
                return fail(Tr::tr("the key \"%1\" appears twice in the same object").arg(key));
            }
            if (keys.size() >= kMaxJsonObjectKeys) {
                m_pos = keyStart;
                return fail(Tr::tr("an object has more than %1 keys; a report has a few hundred")
                                .arg(kMaxJsonObjectKeys));
            }
            keys.insert(key);
            skipWhitespace();
            if (m_pos == m_end || *m_pos != ':')
                return fail(Tr::tr("expected ':' after the key \"%1\"").arg(key));
            ++m_pos;
            auto member = parseValue(depth + 1);
            if (!member)
                return false;
            value.members.push_back({std::move(key), std::move(*member)});
            skipWhitespace();
            if (m_pos == m_end)
                return fail(Tr::tr("the file ends inside an object (truncated?)"));
            if (*m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (*m_pos == '}') {
                ++m_pos;
                return true;
            }
            return fail(Tr::tr("expected ',' or '}' in an object"));
        }
    }

    const char* m_pos;
    const char* m_begin;
    const char* m_end;
    int m_line = 1;
    bool m_failed = false;
    JsonError m_error;
};

void appendEscaped(QByteArray& out, const QString& s) {
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[(c >> 4) & 0xF];
                out += "0123456789abcdef"[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void write(QByteArray& out, const JsonValue& value, int indent) {
    const QByteArray pad(indent * 2, ' ');
    const QByteArray innerPad((indent + 1) * 2, ' ');
    switch (value.type) {
    case JsonValue::Type::Null:
        out += "null";
        break;
    case JsonValue::Type::Bool:
        out += value.boolean ? "true" : "false";
        break;
    case JsonValue::Type::Number:
        out += value.text.toLatin1();
        break;
    case JsonValue::Type::String:
        appendEscaped(out, value.text);
        break;
    case JsonValue::Type::Array:
        if (value.elements.empty()) {
            out += "[]";
            break;
        }
        out += "[\n";
        for (size_t i = 0; i < value.elements.size(); ++i) {
            out += innerPad;
            write(out, value.elements[i], indent + 1);
            out += i + 1 < value.elements.size() ? ",\n" : "\n";
        }
        out += pad + ']';
        break;
    case JsonValue::Type::Object:
        if (value.members.empty()) {
            out += "{}";
            break;
        }
        out += "{\n";
        for (size_t i = 0; i < value.members.size(); ++i) {
            out += innerPad;
            appendEscaped(out, value.members[i].key);
            out += ": ";
            write(out, value.members[i].value, indent + 1);
            out += i + 1 < value.members.size() ? ",\n" : "\n";
        }
        out += pad + '}';
        break;
    }
}

} // namespace

const JsonValue* JsonValue::member(QStringView key) const {
    for (const auto& m : members) {
        if (m.key == key)
            return &m.value;
    }
    return nullptr;
}

JsonValue JsonValue::string(const QString& s) {
    JsonValue v;
    v.type = Type::String;
    v.text = s;
    return v;
}

JsonValue JsonValue::number(const QString& literal) {
    JsonValue v;
    v.type = Type::Number;
    v.text = literal;
    return v;
}

JsonValue JsonValue::integer(qint64 n) {
    return number(QString::number(n));
}

JsonValue JsonValue::boolValue(bool b) {
    JsonValue v;
    v.type = Type::Bool;
    v.boolean = b;
    return v;
}

JsonValue JsonValue::object() {
    JsonValue v;
    v.type = Type::Object;
    return v;
}

JsonValue JsonValue::array() {
    JsonValue v;
    v.type = Type::Array;
    return v;
}

JsonValue& JsonValue::insert(const QString& key, JsonValue value) {
    for (auto& m : members) {
        if (m.key == key) {
            m.value = std::move(value);
            return m.value;
        }
    }
    members.push_back({key, std::move(value)});
    return members.back().value;
}

bool JsonValue::operator==(const JsonValue& other) const {
    return type == other.type && boolean == other.boolean && text == other.text &&
           elements == other.elements && members == other.members;
}

std::optional<JsonValue> parseJson(const QByteArray& bytes, JsonError* error) {
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (error)
            *error = {Tr::tr("the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 "
                             "without BOM"),
                      1, 1};
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        const qsizetype bad = decoded.indexOf(QChar::ReplacementCharacter);
        const int line = bad < 0 ? 0 : static_cast<int>(decoded.left(bad).count(u'\n')) + 1;
        if (error)
            *error = {Tr::tr("the file is not valid UTF-8 text"), line, 0};
        return std::nullopt;
    }
    Parser parser(bytes.constData(), bytes.constData() + bytes.size());
    return parser.parseDocument(error);
}

QByteArray writeJson(const JsonValue& value) {
    QByteArray out;
    write(out, value, 0);
    out += '\n';
    return out;
}

} // namespace nianbao
