// The one table of commands and the one option parser every command uses.
#include "tests/cli/cli_run.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nianbao::test::runNianbao;

namespace {

const QStringList kCommands = {u"check"_s, u"db"_s,       u"export"_s, u"print"_s,  u"import"_s,
                               u"audit"_s, u"register"_s, u"board"_s,  u"summary"_s};

TEST(CommandLine, TheHelpNamesEveryCommandOnceAndEachCommandHasItsOwn) {
    const auto all = runNianbao({u"--help"_s});
    ASSERT_EQ(all.status, 0);
    for (const QString& command : kCommands) {
        EXPECT_TRUE(all.out.contains(u"\n  "_s + command + u' ')) << command.toStdString();
        const auto own = runNianbao({command, u"--help"_s});
        EXPECT_EQ(own.status, 0) << command.toStdString();
        EXPECT_TRUE(own.out.startsWith(u"  "_s + command + u' ')) << own.out.toStdString();
        EXPECT_TRUE(all.out.contains(own.out)) << command.toStdString();
        EXPECT_FALSE(own.out.contains(u"Usage: nianbao COMMAND"_s));
    }
}

TEST(CommandLine, EveryCommandNamesAnUnknownOptionTheSameWay) {
    for (const QString& command : kCommands) {
        const auto r = runNianbao({command, u"--frobnicate=3"_s});
        EXPECT_EQ(r.status, 2) << command.toStdString();
        EXPECT_TRUE(r.err.contains(u"unknown option \"--frobnicate\""_s))
            << command.toStdString() << ": " << r.err.toStdString();
    }
}

TEST(CommandLine, AnOptionWithoutItsValueIsNamed) {
    const QList<QStringList> cases = {
        {u"check"_s, u"x.json"_s, u"--previous"_s}, {u"db"_s, u"list"_s, u"--db"_s},
        {u"export"_s, u"x.json"_s, u"--pdf"_s},     {u"import"_s, u"x.pdf"_s, u"-o"_s},
        {u"audit"_s, u"x"_s, u"--format"_s},        {u"register"_s, u"list"_s, u"--agency"_s}};
    for (const QStringList& args : cases) {
        const auto r = runNianbao(args);
        EXPECT_EQ(r.status, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(args.last() + u" needs a value"_s))
            << args.join(u' ').toStdString() << ": " << r.err.toStdString();
    }
}

TEST(CommandLine, ValuesAreTakenWithAnEqualsSignToo) {
    const auto r = runNianbao({u"audit"_s, u"--format=xml"_s, u"x"_s});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(u"--format must be table, csv or json, not \"xml\""_s))
        << r.err.toStdString();
}

} // namespace
