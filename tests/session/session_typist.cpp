// A clerk typing steadily, for the kill -9 test: opens a report through ReportSession and
// types one character every few milliseconds into a narrative part, and now and then a cell,
// printing what the store holds each time the session reports everything saved:
//   "text <length>" — the first <length> characters typed are saved
//   "cell <k>"      — the cell edit number k is saved
// The text typed is always the same sequence, so the parent can check the store's copy.
//   session_typist DB
#include "model/session/reportsession.h"

#include <QGuiApplication>
#include <QTimer>

#include <cstdio>

using namespace nianbao;
using namespace Qt::StringLiterals;

QString typedText(int length) {
    QString text;
    for (int i = 0; i < length; ++i)
        text += QChar(u'一' + (i % 400));
    return text;
}

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    if (argc != 2)
        return 2;
    ReportStore::Options storeOptions;
    storeOptions.dailyBackup = false;
    QString error;
    auto store = ReportStore::open(QString::fromLocal8Bit(argv[1]), storeOptions, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    qint64 id = 0;
    if (store->list().empty()) {
        Report report(FormDefinition::builtIn(FormDefinition::defaultFormId()));
        report.agency = u"打字测试局"_s;
        report.year = 2024;
        id = store->create(report, &error).value_or(0);
    } else {
        id = store->list().front().id;
    }
    auto session = ReportSession::open(store.get(), id, &error);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    ReportDocument* doc = session->document();
    const int text = doc->form().findText(u"overview.requests"_s);
    const CellRef cell = *doc->form().findCell(u"t3.new.natural"_s);
    // Go on from what a killed run left.
    int length = static_cast<int>(doc->report().text(text).size());
    qint64 cellEdits = doc->report().value(cell).isNumber()
                           ? doc->report().value(cell).number.toInteger().value_or(0)
                           : 0;
    QObject::connect(session.get(), &ReportSession::saveStateChanged, [&] {
        if (session->saveState() != ReportSession::SaveState::Saved)
            return;
        std::printf("text %d\ncell %lld\n", static_cast<int>(doc->report().text(text).size()),
                    static_cast<long long>(cellEdits));
        std::fflush(stdout);
    });
    QTimer key;
    key.setInterval(15);
    QObject::connect(&key, &QTimer::timeout, [&] {
        ++length;
        doc->setText(text, typedText(length));
        if (length % 150 == 0)
            doc->setCellValue(cell, CellValue::of(++cellEdits));
    });
    key.start();
    // The test times the typing from here, not from the process's start (slow under load).
    std::printf("typing\n");
    std::fflush(stdout);
    return app.exec();
}
