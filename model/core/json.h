#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace nianbao {

struct JsonMember;

// A JSON value as written in the file. Numbers keep their literal text so that amounts
// stay exact decimals (QJsonDocument would turn them into doubles), and each value keeps
// the line where it stood so that messages can point at it.
struct JsonValue {
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    QString text; // the string, or the number's literal text
    std::vector<JsonValue> elements;
    std::vector<JsonMember> members; // in file order; keys are unique
    int line = 0;

    const JsonValue* member(QStringView key) const;
    bool isNull() const { return type == Type::Null; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isBool() const { return type == Type::Bool; }

    static JsonValue string(const QString& s);
    static JsonValue number(const QString& literal);
    static JsonValue integer(qint64 n);
    static JsonValue boolValue(bool b);
    static JsonValue object();
    static JsonValue array();
    JsonValue& insert(const QString& key, JsonValue value);

    bool operator==(const JsonValue& other) const;
};

struct JsonMember {
    QString key;
    JsonValue value;
    bool operator==(const JsonMember& other) const = default;
};

struct JsonError {
    QString message;
    int line = 0;
    int column = 0;
};

// Parses RFC 8259 JSON strictly: no BOM, valid UTF-8 only, no duplicate keys, nesting at
// most kMaxDepth deep. Returns std::nullopt and fills `error` otherwise.
std::optional<JsonValue> parseJson(const QByteArray& bytes, JsonError* error);

// Writes indented UTF-8 JSON (two spaces), characters outside ASCII as they are.
QByteArray writeJson(const JsonValue& value);

constexpr int kMaxJsonDepth = 64;
// A report has about 200 cells; an object with more keys than this is not one of ours.
constexpr qsizetype kMaxJsonObjectKeys = 10000;

} // namespace nianbao
