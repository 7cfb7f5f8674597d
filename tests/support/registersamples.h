#pragma once
// A register of realistic requests, for the register window's tests, screenshots and benchmark
// (header only: the benchmark does not link the test support library).

#include "model/core/requestregister.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <random>
#include <vector>

namespace nianbao::test {

// `count` requests of `agency` received over the `span` days before `today`: those received
// more than six weeks before mostly answered, a few still open and overdue; the recent ones
// open, some of them due within days. The same seed gives the same register.
inline std::vector<RegisterEntry> sampleRegister(const QString& agency, int count, QDate today,
                                                 int span = 150, unsigned seed = 20250301) {
    static const QStringList subjects = {
        QStringLiteral("城南片区棚户区改造项目征收补偿方案"),
        QStringLiteral("2024年度部门预算及“三公”经费支出情况"),
        QStringLiteral("某路段拓宽工程的建设工程规划许可证及附图"),
        QStringLiteral("本村2023年集体土地征收批复文件"),
        QStringLiteral("餐饮企业食品安全抽检结果"),
        QStringLiteral("河道整治工程招标文件及中标公告"),
        QStringLiteral("某小区加装电梯审批材料"),
        QStringLiteral("行政处罚决定书（环保类）"),
        QStringLiteral("义务教育阶段学区划分依据"),
        QStringLiteral("农村危房改造补助对象名单"),
        QStringLiteral("公共租赁住房分配结果"),
        QStringLiteral("企业安全生产许可证核发情况"),
    };
    static const char16_t* const outcomes[] = {u"granted",  u"granted",    u"granted",
                                               u"partial",  u"unable_1",   u"unable_1",
                                               u"denied_4", u"rejected_2", u"other_3"};
    static const char16_t* const types[] = {u"natural", u"natural",  u"natural",  u"business",
                                            u"legal",   u"research", u"other_org"};
    static const RequestChannel channels[] = {RequestChannel::Online, RequestChannel::Mail,
                                              RequestChannel::InPerson, RequestChannel::Email};
    std::mt19937 random(seed);
    std::vector<RegisterEntry> entries;
    for (int i = 0; i < count; ++i) {
        RegisterEntry e;
        e.agency = agency;
        e.received = today.addDays(-span + int(i * qint64(span) / std::max(count, 1)));
        e.number = QStringLiteral("%1-%2").arg(e.received.year()).arg(i + 1, 3, 10, QChar(u'0'));
        e.channel = channels[random() % std::size(channels)];
        e.applicantType = QString::fromUtf16(types[random() % std::size(types)]);
        e.applicantName = QStringLiteral("申请人%1").arg(i + 1);
        e.applicantContact = QStringLiteral("1380000%1").arg(i % 10000, 4, 10, QChar(u'0'));
        e.subject = subjects[random() % subjects.size()];
        const int age = int(e.received.daysTo(today));
        const bool open = age < 42 ? random() % 4 != 0 : random() % 12 == 0;
        if (!open) {
            e.outcome = QString::fromUtf16(outcomes[random() % std::size(outcomes)]);
            e.withdrawn = e.outcome == u"other_3";
            e.replied = e.received.addDays(3 + int(random() % std::max(3, std::min(age - 2, 25))));
            if (e.replied > today)
                e.replied = today;
        } else if (random() % 9 == 0) {
            e.extendedOn = e.received.addDays(20);
            if (e.extendedOn > today)
                e.extendedOn = {};
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace nianbao::test
