#include "model/import/htmlimport.h"

#include "model/import/reportfile.h"

#include <QFileInfo>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace nianbao {

namespace {

// The charset a page declares in its first bytes (<meta charset="gb2312"> or
// <meta http-equiv="Content-Type" content="text/html; charset=GBK">), as browsers pre-scan it.
QByteArray declaredCharset(QByteArrayView html) {
    const QByteArray head =
        html.first(std::min<qsizetype>(html.size(), 4096)).toByteArray().toLower();
    const qsizetype at = head.indexOf("charset");
    if (at < 0)
        return {};
    qsizetype i = at + 7;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\''))
        ++i;
    qsizetype end = i;
    while (end < head.size() &&
           (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
            head[end] == '_' || head[end] == '.' || head[end] == ':'))
        ++end;
    return head.mid(i, end - i);
}

QString textOf(const xmlChar* utf8) {
    return utf8 ? QString::fromUtf8(reinterpret_cast<const char*>(utf8)) : QString();
}

QByteArray attribute(xmlNodePtr node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    const QByteArray result =
        value ? QByteArray(reinterpret_cast<const char*>(value)) : QByteArray();
    xmlFree(value);
    return result;
}

bool nameIs(xmlNodePtr node, std::initializer_list<const char*> names) {
    const char* name = reinterpret_cast<const char*>(node->name);
    return std::any_of(names.begin(), names.end(),
                       [&](const char* n) { return qstricmp(name, n) == 0; });
}

// Elements whose text is never part of the report: code, forms' controls, and the portal's
// frame around the article (menus, breadcrumbs, share buttons, footers), recognised by tag or
// by the words portals use in their class and id names.
bool isOutsideReport(xmlNodePtr element) {
    if (nameIs(element, {"head", "script", "style", "noscript", "template", "svg", "select",
                         "option", "button", "input", "textarea", "iframe", "object", "nav",
                         "footer", "aside", "map"}))
        return true;
    const QByteArray style = attribute(element, "style").toLower().replace(' ', "");
    if (style.contains("display:none") || style.contains("visibility:hidden"))
        return true;
    if (xmlHasProp(element, reinterpret_cast<const xmlChar*>("hidden")))
        return true;
    static const QByteArrayList frameWords = {
        "footer",    "foot",    "nav",   "navbar", "menu",  "breadcrumb", "crumb",
        "copyright", "sidebar", "share", "topbar", "tools", "toolbar",    "print"};
    for (const char* name : {"class", "id"}) {
        const QByteArray value = attribute(element, name).toLower();
        if (value.isEmpty())
            continue;
        QByteArray words = value;
        words.replace('-', ' ').replace('_', ' ');
        for (const QByteArray& word : words.split(' ')) {
            if (frameWords.contains(word))
                return true;
        }
    }
    return false;
}

bool isBlock(xmlNodePtr element) {
    return nameIs(element,
                  {"p",     "div",     "h1",      "h2",        "h3",     "h4",    "h5",
                   "h6",    "li",      "ul",      "ol",        "table",  "tbody", "thead",
                   "tfoot", "caption", "section", "article",   "header", "main",  "blockquote",
                   "pre",   "dl",      "dt",      "dd",        "center", "hr",    "form",
                   "body",  "address", "figure",  "figcaption"});
}

// Builds the page's text while walking its tree. Inside a table cell every line break is a
// space, so that a row stays on one line.
class TextWriter {
public:
    void enter(xmlNodePtr element) {
        if (nameIs(element, {"td", "th"})) {
            if (m_cellDepth++ == 0) {
                if (!m_rowOpen) {
                    newLine();
                    m_rowOpen = true;
                }
                m_text += u"| "_s;
            } else {
                space();
            }
        } else if (nameIs(element, {"tr"})) {
            if (m_cellDepth > 0)
                space();
            else
                newLine();
        } else if (nameIs(element, {"br"}) || isBlock(element)) {
            breakLine();
        }
    }

    void leave(xmlNodePtr element) {
        if (nameIs(element, {"td", "th"})) {
            if (--m_cellDepth == 0)
                m_text += u' ';
            else
                space();
        } else if (nameIs(element, {"tr"})) {
            if (m_cellDepth > 0) {
                space();
            } else if (m_rowOpen) {
                m_text += u"|\n"_s;
                m_rowOpen = false;
            }
        } else if (isBlock(element)) {
            breakLine();
        }
    }

    // HTML collapses white space; a line break in the source between two Chinese characters
    // is no space at all.
    void text(const QString& content) {
        qsizetype i = 0;
        while (i < content.size()) {
            if (!content[i].isSpace()) {
                m_text += content[i] == QChar(0xA0) ? u' ' : content[i];
                ++i;
                continue;
            }
            bool hasNewline = false;
            const qsizetype start = i;
            while (i < content.size() && content[i].isSpace()) {
                hasNewline = hasNewline || content[i] == u'\n';
                ++i;
            }
            const QChar before =
                start > 0 ? content[start - 1] : (m_text.isEmpty() ? QChar() : m_text.back());
            const QChar after = i < content.size() ? content[i] : QChar();
            const bool betweenWide = before.unicode() > 0x2E7F && after.unicode() > 0x2E7F;
            if (!(hasNewline && betweenWide))
                space();
        }
    }

    void endLine() { newLine(); }

    QString finish() {
        if (m_rowOpen)
            m_text += u"|\n"_s;
        return m_text;
    }

private:
    void space() {
        if (!m_text.isEmpty() && m_text.back() != u' ' && m_text.back() != u'\n')
            m_text += u' ';
    }
    void newLine() {
        while (m_text.endsWith(u' '))
            m_text.chop(1);
        if (!m_text.isEmpty() && m_text.back() != u'\n')
            m_text += u'\n';
    }
    // Paragraphs are kept apart by a blank line, as the text importer expects: a single line
    // break is only the layout's.
    void breakLine() {
        if (m_cellDepth > 0) {
            space();
        } else if (!m_rowOpen) {
            newLine();
            if (!m_text.isEmpty() && !m_text.endsWith(u"\n\n"_s))
                m_text += u'\n';
        }
    }

    QString m_text;
    int m_cellDepth = 0;
    bool m_rowOpen = false;
};

struct DocumentDeleter {
    void operator()(xmlDocPtr document) const { xmlFreeDoc(document); }
};

QString titleOf(xmlNodePtr root) {
    // <html><head><title>: two levels down, whatever libxml2 implied around it.
    for (xmlNodePtr head = root ? root->children : nullptr; head; head = head->next) {
        if (head->type != XML_ELEMENT_NODE || !nameIs(head, {"head"}))
            continue;
        for (xmlNodePtr node = head->children; node; node = node->next) {
            if (node->type == XML_ELEMENT_NODE && nameIs(node, {"title"})) {
                xmlChar* content = xmlNodeGetContent(node);
                const QString title = textOf(content).simplified();
                xmlFree(content);
                return title;
            }
        }
    }
    return {};
}

} // namespace

QString htmlReportText(QByteArrayView html, QString* error) {
    const std::optional<QString> decoded = decodeReportBytes(html, declaredCharset(html), error);
    if (!decoded)
        return {};
    // libxml2 is given UTF-8 and told to ignore the page's own declaration, so it never needs
    // iconv (the Windows build has none) and never decodes twice.
    const QByteArray utf8 = decoded->toUtf8();
    const std::unique_ptr<xmlDoc, DocumentDeleter> document(
        htmlReadMemory(utf8.constData(), int(utf8.size()), "report.html", "UTF-8",
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT));
    xmlNodePtr root = document ? xmlDocGetRootElement(document.get()) : nullptr;
    if (!root) {
        if (error)
            *error = u"不是HTML网页（没有可读的内容）"_s;
        return {};
    }
    TextWriter writer;
    if (const QString title = titleOf(root); !title.isEmpty()) {
        writer.text(title);
        writer.endLine();
    }
    // Iterative, so that a page nested ten thousand elements deep cannot exhaust the stack.
    xmlNodePtr node = root;
    while (node) {
        bool descend = false;
        if (node->type == XML_ELEMENT_NODE) {
            if (!isOutsideReport(node)) {
                writer.enter(node);
                descend = node->children != nullptr;
                if (!descend)
                    writer.leave(node);
            }
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            writer.text(textOf(node->content));
        }
        if (descend) {
            node = node->children;
            continue;
        }
        while (node && node != root && !node->next) {
            node = node->parent;
            if (node && node->type == XML_ELEMENT_NODE)
                writer.leave(node);
        }
        if (!node || node == root)
            break;
        node = node->next;
    }
    return writer.finish();
}

std::optional<ImportedReport> importReportHtml(QByteArrayView html,
                                               const std::shared_ptr<const FormDefinition>& form,
                                               QString* error) {
    QString reason;
    const QString text = htmlReportText(html, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    return importReportText(text, form, error);
}

std::optional<ImportedReport>
importReportHtmlFile(const QString& path, const std::shared_ptr<const FormDefinition>& form,
                     QString* error) {
    const std::optional<QByteArray> bytes = readReportFile(path, u"年报网页"_s, error);
    if (!bytes)
        return std::nullopt;
    QString reason;
    auto imported = importReportHtml(*bytes, form, &reason);
    if (!imported)
        *error = u"%1：%2"_s.arg(QFileInfo(path).fileName(), reason);
    return imported;
}

} // namespace nianbao
