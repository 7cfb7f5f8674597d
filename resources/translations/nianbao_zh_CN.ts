<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>nianbao</name>
    <message>
        <location filename="../../app/gui/guiapplication.cpp" line="+28" />
        <location line="+66" />
        <location line="+5" />
        <location line="+12" />
        <source>Nianbao</source>
        <translation>政府信息公开年报</translation>
    </message>
    <message>
        <location line="-54" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The store to use.</source>
        <translation>使用的数据库文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interface language.</source>
        <translation>界面语言。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A report file to open.</source>
        <translation>要打开的报告文件。</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Restore the most recent backup? The damaged file is kept beside it.</source>
        <translation>是否恢复最近的备份？损坏的文件会保留在原处旁边。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>New database %1</source>
        <translation>新建数据库 %1</translation>
    </message>
</context>
<context>
    <name>nianbao::AuditCommand</name>
    <message>
        <location filename="../../app/cli/auditcommand.cpp" line="+136" />
        <source>--format must be table, csv or json, not "%1"</source>
        <translation>--format 须为 table、csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <location line="-23" />
        <source>  audit PATH... [--format table|csv|json]
      Import and check many published reports (.pdf, .html, .htm, .txt) or
      report files (*.nianbao.json), given as files or folders; one line
      each.
      Exit status: 0 all clean, 1 some with errors, 2 none readable.
</source>
        <translation>  audit 路径... [--format table|csv|json]
      导入并检查多份已发布的年报（.pdf、.html、.htm、.txt）或报告文件
      （*.nianbao.json），可给出文件或文件夹；每份一行。
      退出状态：0 全部无错误，1 有的有错误，2 全部无法读取。
</translation>
    </message>
    <message>
        <location line="+30" />
        <source>audit needs files or folders: nianbao audit PATH... [--format table|csv|json]</source>
        <translation>audit 需要文件或文件夹：nianbao audit 路径... [--format table|csv|json]</translation>
    </message>
    <message>
        <location line="+12" />
        <source>audited %1 of %2 files</source>
        <translation>已审核 %1 / %2 个文件</translation>
    </message>
</context>
<context>
    <name>nianbao::Board</name>
    <message>
        <location filename="../../model/board/board.cpp" line="+49" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Has errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Published</source>
        <translation>已发布</translation>
    </message>
</context>
<context>
    <name>nianbao::BoardCommand</name>
    <message>
        <location filename="../../app/cli/boardcommand.cpp" line="+68" />
        <source>--year %1 is not a year</source>
        <translation>--year %1 不是年份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--year is needed</source>
        <translation>需要 --year</translation>
    </message>
    <message>
        <location line="+64" />
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 处错误，%2 处提醒</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 day(s) to the deadline</source>
        <translation>距截止 %1 天</translation>
    </message>
    <message>
        <location line="+4" />
        <source>returned: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 has no report of %2</source>
        <translation>%1 没有 %2 年度的报告</translation>
    </message>
    <message>
        <location line="+16" />
        <source>give the unit's name and --level (township, street, county_department…)</source>
        <translation>请给出单位名称和 --level（township、street、county_department…）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>  board --year Y [--json] [--today DATE]
      The county office's board (汇总): every unit (registered, or with a
      report in any year) with its report of year Y: status (not started,
      draft, has errors, finalized, published), errors, warnings, last change,
      days to the deadline of 31 January (negative: late), finalized and
      published dates, the reason of a return. Exit status 1 when a unit is
      late or has errors.
  board add-unit NAME --level LEVEL
  board return --unit NAME --year Y --reason TEXT
  board published --unit NAME --year Y --date DATE
      Register a unit; send a report back with a reason (a finalized one is
      reopened); record the day a finalized report was published.
</source>
        <translation>  board --year 年份 [--json] [--today 日期]
      县级汇总看板：每个单位（已登记的，或任一年度有报告的）及其该年度报告的
      状态（未开始、草稿、有错误、已定稿、已发布）、错误数、提醒数、最后修改
      时间、距次年 1 月 31 日截止的天数（负数为逾期）、定稿和发布日期、退回
      原因。有单位逾期或有错误时退出状态为 1。
  board add-unit 名称 --level 层级
  board return --unit 名称 --year 年份 --reason 原因
  board published --unit 名称 --year 年份 --date 日期
      登记单位；写明原因退回报告（已定稿的报告随之撤销定稿）；记录定稿报告的
      发布日期。
</translation>
    </message>
    <message>
        <location line="+15" />
        <source>  summary --year Y [--unit NAME …] [--county NAME] -o FILE.xlsx|.csv|.pdf
      Tables two, three and four added up over the units given (all with a
      report of Y by default), exactly; a cell a unit left open stays open in
      the sum. The arithmetic rules are checked on the sum (exit status 1 on
      an error). .csv is UTF-8 with a BOM; an old file is kept when the new
      one cannot be written.
</source>
        <translation>  summary --year 年份 [--unit 名称 …] [--county 名称] -o 文件.xlsx|.csv|.pdf
      把所列单位（默认为该年度有报告的全部单位）的表二、表三、表四精确相加；
      某单位未填的单元格在汇总表中也留空。对汇总表检查勾稽关系（有错误时退出
      状态为 1）。.csv 为带 BOM 的 UTF-8；无法写入时原有文件保持不变。
</translation>
    </message>
    <message>
        <location line="+20" />
        <source>unknown action "%1"</source>
        <translation>未知操作“%1”</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--today %1 is not a date (YYYY-MM-DD)</source>
        <translation>--today %1 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+19" />
        <source>-o FILE.xlsx, .csv or .pdf is needed</source>
        <translation>需要 -o 文件名（.xlsx、.csv 或 .pdf）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::BoardModel</name>
    <message>
        <location filename="../../model/board/boardmodel.cpp" line="+60" />
        <source>%1 (returned)</source>
        <translation>%1（已退回）</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Returned on %1: %2</source>
        <translation>%1 退回：%2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Days to deadline</source>
        <translation>距截止（天）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Finalized on</source>
        <translation>定稿日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Returned because</source>
        <translation>退回原因</translation>
    </message>
</context>
<context>
    <name>nianbao::BoardWindow</name>
    <message>
        <location filename="../../app/gui/boardwindow.cpp" line="+55" />
        <source>County board (汇总)</source>
        <translation>县级汇总看板</translation>
    </message>
    <message>
        <location line="+15" />
        <source> (year)</source>
        <translation> 年度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter: unit or reason of a return</source>
        <translation>筛选：单位名称或退回原因</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+3" />
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Open read-only</source>
        <translation>只读打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark p&amp;ublished…</source>
        <translation>标记已发布(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The day the unit published its finalized report</source>
        <translation>单位发布其定稿报告的日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Summary pre&amp;view…</source>
        <translation>汇总表预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print summary…</source>
        <translation>打印汇总表(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export summary…</source>
        <translation>导出汇总表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tables two, three and four added up over the selected units (all shown units when none is selected)</source>
        <translation>把所选单位（未选时为列表中显示的全部单位）的表二、表三、表四相加</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The summary's units and the arithmetic rules checked on it are shown here.</source>
        <translation>这里显示汇总了哪些单位，以及对汇总表检查勾稽关系的结果。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Return the report</source>
        <translation>退回报告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why is the report of %1 returned? The unit sees this reason.</source>
        <translation>为什么退回 %1 的报告？该单位会看到这个原因。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mark published</source>
        <translation>标记已发布</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The day %1 published its report (YYYY-MM-DD):</source>
        <translation>%1 发布报告的日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export summary</source>
        <translation>导出汇总表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>This unit has no report of %1 yet.</source>
        <translation>该单位还没有 %1 年度的报告。</translation>
    </message>
    <message>
        <location line="+44" />
        <source>%1 units</source>
        <translation>共 %1 个单位</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 of %2 units shown</source>
        <translation>显示 %1 个单位（共 %2 个）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, deadline %2: %3</source>
        <translation>%1，截止日期 %2：%3</translation>
    </message>
    <message>
        <location line="+28" />
        <source>None of the chosen units has a report of %1 to add up.</source>
        <translation>所选单位都没有 %1 年度的报告可以汇总。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The arithmetic rules hold on the summary.</source>
        <translation>汇总表的勾稽关系全部成立。</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Choose a unit that has a report of %1 to return.</source>
        <translation>请选择一个有 %1 年度报告的单位再退回。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose a unit whose report of %1 is finalized.</source>
        <translation>请选择一个 %1 年度报告已定稿的单位。</translation>
    </message>
</context>
<context>
    <name>nianbao::CellInput</name>
    <message>
        <location filename="../../model/core/cellinput.cpp" line="+58" />
        <source>「/」 (not applicable) is allowed only in the 规章 row; enter a number, 0 if there were none</source>
        <translation>只有规章行可以填「/」（不适用）；此处请填数字，没有的填 0</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a negative number cannot be entered here</source>
        <translation>此处不能填负数</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is not a whole number; a count is a whole number such as 0, 3 or 1234</source>
        <translation>“%1”不是整数；件数应填 0、3、1234 这样的整数</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+14" />
        <source>%1 is too large</source>
        <translation>%1 太大</translation>
    </message>
    <message>
        <location line="-5" />
        <source>"%1" is not an amount; enter 万元 such as 12.3456</source>
        <translation>“%1”不是金额；请以万元为单位填写，如 12.3456</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an amount in 万元 has at most 4 decimals (1 yuan = 0.0001)</source>
        <translation>以万元为单位的金额最多保留 4 位小数（1 元 = 0.0001 万元）</translation>
    </message>
</context>
<context>
    <name>nianbao::CheckCommand</name>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="+38" />
        <source>check takes one report file; "%1" is one too many</source>
        <translation>check 只接受一个报告文件；“%1”是多余的</translation>
    </message>
    <message>
        <location line="-4" />
        <source>check needs a report file: nianbao check FILE [--previous FILE] [--json]</source>
        <translation>check 需要一个报告文件：nianbao check 文件 [--previous 文件] [--json]</translation>
    </message>
    <message>
        <location line="+42" />
        <source>  check FILE [--previous FILE] [--json]
      Check one report file (*.nianbao.json) against every rule of the form.
      --previous FILE  last year's report, for the cross-year checks
      --json           print the findings as JSON
      Exit status: 0 no errors (warnings allowed), 1 errors found,
      2 unreadable or invalid input.
</source>
        <translation>  check 文件 [--previous 文件] [--json]
      按格式的全部规则检查一份报告文件（*.nianbao.json）。
      --previous 文件  上一年度的报告，用于跨年检查
      --json           以 JSON 输出检查结果
      退出状态：0 无错误（可有提醒），1 有错误，2 无法读取或输入无效。
</translation>
    </message>
    <message>
        <location line="+29" />
        <source>--previous holds the report for %1, but the cross-year checks of a %2 report need the one for %3</source>
        <translation>--previous 给出的是 %1 年度的报告，%2 年度报告的跨年检查需要 %3 年度的报告</translation>
    </message>
    <message>
        <location line="+9" />
        <source>note: last year's report is from "%1", this one from "%2"</source>
        <translation>注意：上年报告的机关是“%1”，本报告是“%2”</translation>
    </message>
</context>
<context>
    <name>nianbao::ChineseDate</name>
    <message>
        <location filename="../../model/core/chinesedate.cpp" line="+54" />
        <source>no date given</source>
        <translation>未填写日期</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 is not an Excel date serial number</source>
        <translation>%1 不是 Excel 日期序号</translation>
    </message>
    <message>
        <location line="+3" />
        <source>「%1」 is not a date (write it as 2025-03-04, 2025/3/4, 2025.3.4, 2025年3月4日 or 20250304)</source>
        <translation>「%1」不是日期（请写作 2025-03-04、2025/3/4、2025.3.4、2025年3月4日 或 20250304）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>「%1」: the year %2 is before 1900</source>
        <translation>「%1」：年份 %2 早于 1900 年</translation>
    </message>
    <message>
        <location line="+2" />
        <source>「%1」: there is no month %2</source>
        <translation>「%1」：没有 %2 月</translation>
    </message>
    <message>
        <location line="+3" />
        <source>「%1」: %2-%3 has no day %4</source>
        <translation>「%1」：%2 年 %3 月没有 %4 日</translation>
    </message>
</context>
<context>
    <name>nianbao::CommandLine</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+61" />
        <source>Usage: nianbao COMMAND [OPTIONS]

Writes, checks and publishes the annual report on government information
disclosure (政府信息公开工作年度报告).

Commands:
</source>
        <translation>用法：nianbao 命令 [选项]

填写、检查和发布政府信息公开工作年度报告。

命令：
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Options:
  -h, --help       show this help; nianbao COMMAND --help shows one command's
  -v, --version    show the version of Nianbao and of Qt
</source>
        <translation>选项：
  -h, --help       显示本帮助；nianbao 命令 --help 只显示该命令的帮助
  -v, --version    显示 Nianbao 和 Qt 的版本
</translation>
    </message>
    <message>
        <location line="+73" />
        <source>nianbao: unknown command "%1"

</source>
        <translation>nianbao：未知命令“%1”

</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandoptions.cpp" line="+42" />
        <source>unknown option "%1"</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 needs a number from %2 to %3, not "%4"</source>
        <translation>%1 需要 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <location filename="../../app/cli/passwordprompt.cpp" line="+30" />
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>nianbao::DateField</name>
    <message>
        <location filename="../../forms/datefield.cpp" line="+18" />
        <source>yyyy-mm-dd</source>
        <translation>年-月-日，如 2025-03-04</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>nianbao::DbCommand</name>
    <message>
        <location filename="../../app/cli/dbcommand.cpp" line="+59" />
        <source>%1 takes one report number (see nianbao db list)</source>
        <translation>%1 需要一个报告编号（见 nianbao db list）</translation>
    </message>
    <message>
        <location line="+106" />
        <source>report %1:</source>
        <translation>报告 %1：</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 errors, %2 warnings</source>
        <translation>%1 处错误，%2 处提醒</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The store %1 holds no report.</source>
        <translation>数据库 %1 中没有报告。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>name one or more report files</source>
        <translation>请给出一个或多个报告文件</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1: stored as report %2 (%3, %4)</source>
        <translation>%1：已存为报告 %2（%3，%4 年度）</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Restore the frozen copy with: nianbao db restore-frozen %1 --db %2</source>
        <translation>恢复定稿时冻结的副本：nianbao db restore-frozen %1 --db %2</translation>
    </message>
    <message>
        <location line="+44" />
        <source>%1 is damaged (SQLite's integrity check: %2). Restore its most recent backup with: nianbao db restore --db %1</source>
        <translation>%1 已损坏（SQLite 完整性检查：%2）。用以下命令恢复最近的备份：nianbao db restore --db %1</translation>
    </message>
    <message>
        <location line="+41" />
        <source>report %1: the copy frozen at finalization was restored</source>
        <translation>报告 %1：已恢复定稿时冻结的副本</translation>
    </message>
    <message>
        <location line="+15" />
        <source>New database %1</source>
        <translation>新建数据库 %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>name the agency: nianbao db dump --agency NAME [-o FILE.sql]</source>
        <translation>请指定机关：nianbao db dump --agency 机关名称 [-o 文件.sql]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>  db list [--json]            the reports in the store
  db import FILE...           store report files (*.nianbao.json)
  db export ID [-o FILE]      write a stored report as an exchange file
  db check ID [--json]        check a stored report (with last year's from
                              the store); exit status as for check
  db restore                  replace a damaged store by its newest good backup
  db restore-frozen ID        put back the copy of a finalized report frozen
                              at finalization, when its content was changed
  db dump --agency NAME [-o FILE.sql]
                              one agency's reports, history and register as
                              SQL that psql loads into a Nianbao database on
                              a PostgreSQL server, beside other units
      --db PATH               the store (default: $NIANBAO_DB, else
                              nianbao.sqlite in the application data folder)
</source>
        <translation>  db list [--json]            数据库中的报告
  db import 文件...           把报告文件存入数据库（*.nianbao.json）
  db export 编号 [-o 文件]    把数据库中的报告导出为交换文件
  db check 编号 [--json]      检查数据库中的报告（上年报告取自数据库）；
                              退出状态同 check
  db restore                  用最近的完好备份替换损坏的数据库
  db restore-frozen 编号      已定稿报告的内容被改动时，恢复定稿时冻结的副本
  db dump --agency 机关名称 [-o 文件.sql]
                              把一个机关的报告、修改记录和登记台账导出为 SQL，
                              可用 psql 载入 PostgreSQL 服务器上的 Nianbao 数据库，
                              与其他单位的数据并存
      --db 路径               数据库（默认：$NIANBAO_DB，否则为应用数据
                              目录中的 nianbao.sqlite）
</translation>
    </message>
    <message>
        <location line="+43" />
        <source>name what to do: list, import, export, check, restore, restore-frozen or dump</source>
        <translation>请指定操作：list、import、export、check、restore、restore-frozen 或 dump</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown command "%1"; use list, import, export, check, restore, restore-frozen or dump</source>
        <translation>未知命令“%1”；可用 list、import、export、check、restore、restore-frozen 或 dump</translation>
    </message>
    <message>
        <location line="-13" />
        <source>restored %1 from its newest good backup %2; the previous file was kept as %3</source>
        <translation>已用最近的完好备份 %2 恢复 %1；原文件保留为 %3</translation>
    </message>
</context>
<context>
    <name>nianbao::ExportCommand</name>
    <message>
        <location filename="../../app/cli/exportcommand.cpp" line="+57" />
        <source>  export FILE [--pdf OUT.pdf [--pdfa]] [--png FOLDER] [--html OUT.html]
              [--odt OUT.odt] [--approval-page] [--no-fingerprint]
      Render the report as it prints (A4, GB/T 9704), without a display.
      A finalized report gets its content hash in every footer and as a QR
      code on the last page; a draft gets the 草稿 watermark.
</source>
        <translation>  export 文件 [--pdf 输出.pdf [--pdfa]] [--png 文件夹] [--html 输出.html]
              [--odt 输出.odt] [--approval-page] [--no-fingerprint]
      按打印版式（A4，GB/T 9704）生成报告，无需显示器。
      已定稿的报告在每页页脚印校验码，并在末页印其二维码；草稿印「草稿」水印。
</translation>
    </message>
    <message>
        <location line="+38" />
        <source>usage: nianbao export FILE [--pdf OUT.pdf [--pdfa]] [--png FOLDER] [--html OUT.html] [--odt OUT.odt] [--approval-page] [--no-fingerprint] [--no-watermark]</source>
        <translation>用法：nianbao export 文件 [--pdf 输出.pdf [--pdfa]] [--png 文件夹] [--html 输出.html] [--odt 输出.odt] [--approval-page] [--no-fingerprint] [--no-watermark]</translation>
    </message>
    <message>
        <location line="-19" />
        <source>export takes one report file</source>
        <translation>export 只接受一个报告文件</translation>
    </message>
</context>
<context>
    <name>nianbao::FileWriting</name>
    <message>
        <location filename="../../model/core/filewriting.cpp" line="+39" />
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the disk did not confirm the write (full?)</source>
        <translation>磁盘未确认写入（磁盘已满？）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only %1 of %2 bytes reached the disk (full?)</source>
        <translation>只有 %1 / %2 字节写入了磁盘（磁盘已满？）</translation>
    </message>
</context>
<context>
    <name>nianbao::FinalizeDialog</name>
    <message>
        <location filename="../../app/gui/finalizedialog.cpp" line="+28" />
        <source>Finalize the report (定稿)</source>
        <translation>报告定稿</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Errors to fix first</source>
        <translation>须先改正的错误</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warnings: write why each is right</source>
        <translation>提醒：逐条写明为什么这样填是对的</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reason (kept with the report)</source>
        <translation>原因（随报告保存）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+2" />
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Approval</source>
        <translation>签批</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prepared by (填报人):</source>
        <translation>填报人：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviewed by (审核人):</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved by (负责人):</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Date of 定稿:</source>
        <translation>定稿日期：</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>%n error(s) must be fixed before the report can be finalized.</source>
        <translation><numerusform>还有 %n 处错误，改正后才能定稿。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n warning(s) still need a reason.</source>
        <translation><numerusform>还有 %n 处提醒没有写明原因。</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter who prepared, reviewed and approved the report.</source>
        <translation>请填写填报人、审核人和负责人。</translation>
    </message>
</context>
<context>
    <name>nianbao::FinalizedCheck</name>
    <message>
        <location filename="../../app/gui/finalizedcheck.cpp" line="+30" />
        <source>Restore the copy frozen at finalization? The changed content is replaced; the history records the restore.</source>
        <translation>是否恢复定稿时冻结的副本？被改动的内容将被替换，修改记录中会记下这次恢复。</translation>
    </message>
</context>
<context>
    <name>nianbao::FindingsModel</name>
    <message>
        <location filename="../../forms/issuespanel.cpp" line="+97" />
        <location filename="../../model/editing/findingsmodel.cpp" line="+123" />
        <source>(explained)</source>
        <translation>（已说明）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../model/editing/findingsmodel.cpp" line="+13" />
        <source> and %n more</source>
        <translation><numerusform> 等 %n 处</numerusform></translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>nianbao::FormDefinition</name>
    <message>
        <location filename="../../model/core/formdefinition.cpp" line="+78" />
        <source>not valid JSON (line %1): %2</source>
        <translation>不是有效的 JSON（第 %1 行）：%2</translation>
    </message>
    <message>
        <location line="+27" />
        <source>missing key "%1"</source>
        <translation>缺少键“%1”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>has the wrong type</source>
        <translation>类型错误</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the definition must be a JSON object</source>
        <translation>格式定义必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unsupported "%1"; expected "nianbao-form/1"</source>
        <translation>不支持“%1”；应为“nianbao-form/1”</translation>
    </message>
    <message>
        <location line="+31" />
        <source>the text id "%1" is defined twice</source>
        <translation>文本编号“%1”重复定义</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+330" />
        <source>unknown table "%1"</source>
        <translation>未知表格“%1”</translation>
    </message>
    <message>
        <location line="-322" />
        <source>unknown text "%1"</source>
        <translation>未知文本“%1”</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+396" />
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location line="-394" />
        <source>header nested too deep</source>
        <translation>表头嵌套过深</translation>
    </message>
    <message>
        <location line="+9" />
        <source>must be "count" or "amount"</source>
        <translation>必须是“count”或“amount”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be a non-empty array</source>
        <translation>必须是非空数组</translation>
    </message>
    <message>
        <location line="+58" />
        <source>the form defines no table</source>
        <translation>格式中没有定义表格</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the table id "%1" is defined twice</source>
        <translation>表格编号“%1”重复定义</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a section needs at least one row and one column</source>
        <translation>每个区块至少需要一行一列</translation>
    </message>
    <message>
        <location line="+135" />
        <source>row %1, column %2: a value cell needs exactly two keys on its row and column paths, found %3</source>
        <translation>第 %1 行第 %2 列：数值单元格的行、列路径上必须正好有两个键，实际有 %3 个</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the cell id "%1" is defined twice</source>
        <translation>单元格编号“%1”重复定义</translation>
    </message>
    <message>
        <location line="+3" />
        <source>too many cells</source>
        <translation>单元格过多</translation>
    </message>
    <message>
        <location line="+39" />
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <location line="+29" />
        <source>must be error, warning or info</source>
        <translation>必须是 error、warning 或 info</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be "row" or "column"</source>
        <translation>必须是“row”或“column”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>must be "equal" or "atLeast"</source>
        <translation>必须是“equal”或“atLeast”</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown key "%1"</source>
        <translation>未知键“%1”</translation>
    </message>
    <message>
        <location line="+33" />
        <source>unknown key "%1" in a term</source>
        <translation>项中有未知键“%1”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the term "%1" names no cell for "%2"</source>
        <translation>项“%1”在“%2”中没有对应的单元格</translation>
    </message>
    <message>
        <location line="+10" />
        <source>both sides of a rule need at least one term</source>
        <translation>规则两边都至少需要一项</translation>
    </message>
    <message>
        <location line="+24" />
        <source>unknown fact "%1"</source>
        <translation>未知事实“%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be a list of cell ids</source>
        <translation>必须是单元格编号列表</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unknown cell "%1"</source>
        <translation>未知单元格“%1”</translation>
    </message>
</context>
<context>
    <name>nianbao::FormTableModel</name>
    <message>
        <location filename="../../model/editing/formtablemodel.cpp" line="+135" />
        <source>Last year: %1</source>
        <translation>上年：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not filled</source>
        <translation>未填</translation>
    </message>
    <message>
        <location line="+3" />
        <source>From the register</source>
        <translation>来自登记台账</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double-click to list the requests counted here</source>
        <translation>双击列出计入此数的申请</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Total, computed from the cells it sums</source>
        <translation>合计，由其各项自动计算</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not filled in yet (enter 0 if there were none)</source>
        <translation>尚未填写（没有发生的填 0）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>explained: %1</source>
        <translation>已说明：%1</translation>
    </message>
    <message>
        <location line="+126" />
        <source>the report is finalized and cannot be changed</source>
        <translation>报告已定稿，不能修改</translation>
    </message>
    <message>
        <location line="+2" />
        <source>select the cell where the pasted block should start</source>
        <translation>请先选中粘贴区域左上角的单元格</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the pasted block (%1 rows × %2 columns) does not fit here: its row %3, column %4 falls outside the table's cells</source>
        <translation>粘贴的区域（%1 行 × %2 列）放不下：其第 %3 行第 %4 列超出了表格的单元格</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is counted from the request register; switch table three back to typed figures to change it</source>
        <translation>%1 由登记台账统计得出；要修改，请先将表三改回手工填报</translation>
    </message>
    <message>
        <location line="+11" />
        <source>row %1, column %2 of the pasted block (%3): %4</source>
        <translation>粘贴区域第 %1 行第 %2 列（%3）：%4</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Paste %1 cells</source>
        <translation>粘贴 %1 个单元格</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the pasted %1 %2 disagrees with the computed %3</source>
        <translation>粘贴的%1 %2 与计算的 %3 不符</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(nothing)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pasted. Check the sheet: %1</source>
        <translation>已粘贴。请核对表格：%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Clear %1 cells</source>
        <translation>清除 %1 个单元格</translation>
    </message>
</context>
<context>
    <name>nianbao::HtmlExport</name>
    <message>
        <location filename="../../model/render/htmlexport.cpp" line="+136" />
        <source>the ODT document could not be written</source>
        <translation>无法写出 ODT 文档</translation>
    </message>
</context>
<context>
    <name>nianbao::ImportCommand</name>
    <message>
        <location filename="../../app/cli/importcommand.cpp" line="+44" />
        <source>--level must be one of province, province_department, city, city_department, county, county_department, township, street, not "%1"</source>
        <translation>--level 须为 province、province_department、city、city_department、county、county_department、township、street 之一，而不是“%1”</translation>
    </message>
    <message>
        <location line="+19" />
        <source>--year must be a year between 2008 and 2100, not "%1"</source>
        <translation>--year 须为 2008 至 2100 之间的年份，而不是“%1”</translation>
    </message>
    <message>
        <location line="+6" />
        <source>import takes one source; "%1" is one too many</source>
        <translation>import 只接受一个来源；“%1”是多余的</translation>
    </message>
    <message>
        <location line="+4" />
        <source>import needs a published report: nianbao import SOURCE [-o OUT.nianbao.json] [--year YEAR] [--agency NAME] [--level LEVEL]</source>
        <translation>import 需要一份已发布的年报：nianbao import 来源 [-o 输出.nianbao.json] [--year 年份] [--agency 机关名称] [--level 机关级别]</translation>
    </message>
    <message>
        <location line="+11" />
        <source>  import SOURCE [-o OUT.nianbao.json] [--year YEAR] [--agency NAME]
      Read a published report (a PDF, a web page .html/.htm, or its text in
      a .txt file) into the exchange format; what could not be found is
      listed on stderr.
      --year, --agency  when the text lacks its title (or to correct it)
      Exit status: 0 complete, 1 partial, 2 not a report or unreadable.
</source>
        <translation>  import 来源 [-o 输出.nianbao.json] [--year 年份] [--agency 机关名称]
      把已发布的年报（PDF、网页 .html/.htm，或存为 .txt 的文字）读入交换格式；
      未找到的内容列在标准错误输出中。
      --year、--agency  文字中没有标题时（或需更正时）指定年份和机关名称
      退出状态：0 完整，1 不完整，2 不是年报或无法读取。
</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1: the report's year is stated nowhere in the text (title, statistics period, date line); give it with --year</source>
        <translation>%1：文字中（标题、统计期限、落款日期等处）都没有写明年报的年份，请用 --year 指定</translation>
    </message>
</context>
<context>
    <name>nianbao::ImportPreviewDialog</name>
    <message>
        <location filename="../../app/gui/importpreviewdialog.cpp" line="+25" />
        <source>Import a published report: %1</source>
        <translation>导入已发布的年报：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(not found)</source>
        <translation>（未找到）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Partial</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location line="+2" />
        <source> — laid out in the 2019 format; its tables were not imported</source>
        <translation>——为2019年版格式，表格未导入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2 of %3 cells read. Checked: %4 errors, %5 warnings.</source>
        <translation>%1：读到 %2 / %3 个单元格。检查结果：%4 处错误，%5 处提醒。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Everything the form asks for was found.</source>
        <translation>表格要求的内容全部找到。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Agency:</source>
        <translation>机关名称(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not found or not read (these cells stay empty):</source>
        <translation>未找到或无法读取的内容（这些单元格保持空白）：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Save as a report</source>
        <translation>保存为报告(&amp;S)</translation>
    </message>
</context>
<context>
    <name>nianbao::IssuesPanel</name>
    <message>
        <location filename="../../forms/issuespanel.cpp" line="-21" />
        <source>Explain warning…</source>
        <translation>说明原因…</translation>
    </message>
    <message>
        <location line="+35" />
        <location line="+6" />
        <source>Explain warning</source>
        <translation>说明提醒的原因</translation>
    </message>
    <message>
        <location line="-5" />
        <source>%1

Why is this right? The reason is kept with the report.</source>
        <translation>%1

为什么这样填是对的？原因会随报告保存。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was stored: write the reason, then OK.</source>
        <translation>未保存：请先写明原因，再点“确定”。</translation>
    </message>
</context>
<context>
    <name>nianbao::Json</name>
    <message>
        <location filename="../../model/core/json.cpp" line="+25" />
        <source>the file holds no JSON value</source>
        <translation>文件中没有 JSON 内容</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unexpected text after the end of the JSON value</source>
        <translation>JSON 内容结束后还有多余文字</translation>
    </message>
    <message>
        <location line="+57" />
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file ends where a value should follow (truncated?)</source>
        <translation>文件在应有数值处结束（是否被截断？）</translation>
    </message>
    <message>
        <location line="+36" />
        <location line="+26" />
        <source>NaN and Infinity are not JSON numbers</source>
        <translation>NaN 和 Infinity 不是 JSON 数字</translation>
    </message>
    <message>
        <location line="-15" />
        <source>unexpected character '%1'</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <location line="+19" />
        <source>a number may not start with 0</source>
        <translation>数字不能以 0 开头</translation>
    </message>
    <message>
        <location line="+2" />
        <source>malformed number</source>
        <translation>数字格式错误</translation>
    </message>
    <message>
        <location line="+5" />
        <source>malformed number: digits must follow the decimal point</source>
        <translation>数字格式错误：小数点后必须有数字</translation>
    </message>
    <message>
        <location line="+7" />
        <source>malformed number: digits must follow the exponent</source>
        <translation>数字格式错误：指数后必须有数字</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the file ends inside a \u escape</source>
        <translation>文件在 \u 转义中结束</translation>
    </message>
    <message>
        <location line="+5" />
        <source>malformed \u escape</source>
        <translation>\u 转义格式错误</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+18" />
        <source>the file ends inside a string (truncated?)</source>
        <translation>文件在字符串中结束（是否被截断？）</translation>
    </message>
    <message>
        <location line="-9" />
        <source>a control character inside a string (a line break must be written as \n)</source>
        <translation>字符串中有控制字符（换行应写作 \n）</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+4" />
        <source>a \u escape holds half a surrogate pair</source>
        <translation>\u 转义只有半个代理对</translation>
    </message>
    <message>
        <location line="+8" />
        <source>unknown escape \%1 in a string</source>
        <translation>字符串中有未知转义 \%1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the file ends inside an array (truncated?)</source>
        <translation>文件在数组中结束（是否被截断？）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected ',' or ']' in an array</source>
        <translation>数组中应为“,”或“]”</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+27" />
        <source>the file ends inside an object (truncated?)</source>
        <translation>文件在对象中结束（是否被截断？）</translation>
    </message>
    <message>
        <location line="-25" />
        <source>expected a key in double quotes</source>
        <translation>此处应为带双引号的键</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the key "%1" appears twice in the same object</source>
        <translation>键“%1”在同一对象中出现了两次</translation>
    </message>
    <message>
        <location line="+4" />
        <source>an object has more than %1 keys; a report has a few hundred</source>
        <translation>一个对象中有超过 %1 个键；一份报告只有几百个</translation>
    </message>
    <message>
        <location line="+6" />
        <source>expected ':' after the key "%1"</source>
        <translation>键“%1”之后应为“:”</translation>
    </message>
    <message>
        <location line="+17" />
        <source>expected ',' or '}' in an object</source>
        <translation>对象中应为“,”或“}”</translation>
    </message>
    <message>
        <location line="+158" />
        <source>the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM</source>
        <translation>文件以 UTF-8 字节序标记（BOM）开头；请另存为不带 BOM 的 UTF-8</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the file is not valid UTF-8 text</source>
        <translation>文件不是有效的 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>nianbao::MainWindow</name>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="+86" />
        <location line="+3" />
        <location filename="../../app/gui/windowdialogs.cpp" line="+62" />
        <location line="+24" />
        <source>Nianbao</source>
        <translation>政府信息公开年报</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Reopen the finalized report</source>
        <translation>重新打开已定稿的报告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why does the finalized report need changing? The reason is recorded.</source>
        <translation>已定稿的报告为什么需要修改？原因将被记录。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import a report file</source>
        <translation>导入报告文件</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nianbao reports (*.nianbao.json *.json)</source>
        <translation>年报文件 (*.nianbao.json *.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/windowdialogs.cpp" line="-55" />
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(not set)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Agency:</source>
        <translation>机关名称(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Level:</source>
        <translation>机关层级(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If last year's report of this agency is in the list, the new one starts from it (上年结转 filled in).</source>
        <translation>如果列表中有本机关上一年度的报告，新报告将以它为基础（自动填入上年结转）。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Someone else changed “%1” while you did.</source>
        <translation>在您修改“%1”的同时，其他人也修改了它。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yours: %1
Theirs (now stored): %2

Which one stays?</source>
        <translation>您的：%1
对方的（已保存）：%2

保留哪一个？</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>(nothing)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take &amp;theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="+125" />
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;ODT…</source>
        <translation>导出 ODT(&amp;O)…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Finalize (定稿)…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Reopen for changes…</source>
        <translation>重新打开以修改(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;History of this cell or part…</source>
        <translation>本单元格或本部分的修改记录(&amp;H)…</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Move this report to the trash? It can be restored from there.</source>
        <translation>把这份报告移到回收站？之后可以从回收站恢复。</translation>
    </message>
    <message>
        <location line="-139" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import report file…</source>
        <translation>导入报告文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>&amp;Report list</source>
        <translation>报告列表(&amp;R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+403" />
        <source>Fill empty cells with &amp;0</source>
        <translation>本表全部填0(&amp;0)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;compute totals</source>
        <translation>重新计算合计(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>本表全部填0: every empty cell of this table gets 0 (agencies with nothing to report)</source>
        <translation>本表全部填0：本表所有空单元格填 0（适用于没有发生的情况）</translation>
    </message>
    <message>
        <location line="-86" />
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/gui/windowdialogs.cpp" line="+9" />
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="-51" />
        <source>Some changes could not be saved: %1</source>
        <translation>有修改未能保存：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>They are still on screen. Try again (for example after freeing disk space), save a copy of the report as a file, or discard them.</source>
        <translation>这些修改仍在屏幕上。可以重试（例如腾出磁盘空间后），把报告另存为文件，或放弃这些修改。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save a copy…</source>
        <translation>另存副本(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Discard the changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="-451" />
        <source>Import a published report</source>
        <translation>导入已发布的年报</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Published reports (*.pdf *.html *.htm *.txt)</source>
        <translation>已发布的年报 (*.pdf *.html *.htm *.txt)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Store location</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The reports' store: a file on this PC, or a county server's address such as
postgresql://教育局_张三@db.example.gov.cn/nianbao?sslmode=verify-full
(no password here: Nianbao asks for it). Empty: the file in Nianbao's own folder.</source>
        <translation>报告存放的数据库：本机上的文件，或县级服务器的地址，例如
postgresql://教育局_张三@db.example.gov.cn/nianbao?sslmode=verify-full
（不要在此填写密码，年报会另行询问）。留空：使用年报自己目录中的文件。</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+226" />
        <source>Annual reports on government information disclosure</source>
        <translation>政府信息公开工作年度报告</translation>
    </message>
    <message>
        <location line="-165" />
        <source>Import a p&amp;ublished report…</source>
        <translation>导入已发布的年报(&amp;U)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Store &amp;location…</source>
        <translation>数据库位置(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>County &amp;board (汇总)…</source>
        <translation>县级汇总看板(&amp;B)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the report &amp;file (.nianbao.json)…</source>
        <translation>导出报告文件(&amp;F)（.nianbao.json）…</translation>
    </message>
    <message>
        <location line="+127" />
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Save a copy of the report</source>
        <translation>另存报告副本</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+396" />
        <source>Nianbao reports (*.nianbao.json)</source>
        <translation>年报文件 (*.nianbao.json)</translation>
    </message>
    <message>
        <location line="-358" />
        <source>The open report has changes that are not saved.</source>
        <translation>当前报告有未保存的修改。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Not saved: %1 — it is kept and tried again.</source>
        <translation>未保存：%1——修改已保留，将自动重试。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Someone else changed this report; their changes are shown.</source>
        <translation>其他人修改了这份报告，已显示其修改。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Returned by the county office on %1: %2</source>
        <translation>县政务公开办已于 %1 退回本报告：%2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Export summary</source>
        <translation>导出汇总表</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+72" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+210" />
        <source>The report was sent to the printer.</source>
        <translation>报告已发送到打印机。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文档 (*.odt)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Finalized. The report is read-only until it is reopened.</source>
        <translation>已定稿。重新打开之前报告为只读。</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Select a cell or a text first.</source>
        <translation>请先选中一个单元格或一段文字。</translation>
    </message>
    <message>
        <location filename="../../app/gui/windowdialogs.cpp" line="+60" />
        <source>History of %1</source>
        <translation>%1 的修改记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+0" />
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Restore the value before</source>
        <translation>恢复修改前的内容(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="+31" />
        <source>Saved automatically %1</source>
        <translation>已自动保存 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saved automatically</source>
        <translation>已自动保存</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>NOT SAVED (%1 change(s) kept, retrying)</source>
        <translation>未保存（%1 处修改已保留，正在重试）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>NOT SAVED: %1 change(s) also made by someone else, to choose</source>
        <translation>未保存：%1 处修改他人也改过，请选择保留哪一个</translation>
    </message>
    <message>
        <location line="+7" />
        <source>READ-ONLY</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · %2 error(s) · %3 warning(s)</source>
        <translation>%1 · %2 处错误 · %3 处提醒</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This store cannot be used: %1</source>
        <translation>无法使用此数据库：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>From the next start, Nianbao uses the file in its own folder.</source>
        <translation>下次启动起，年报使用其自己目录中的数据库文件。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From the next start, Nianbao uses %1.</source>
        <translation>下次启动起，年报使用 %1。</translation>
    </message>
    <message>
        <location line="+29" />
        <source> — read-only (county board)</source>
        <translation> — 只读（县级汇总看板）</translation>
    </message>
    <message>
        <location line="+2" />
        <source> — finalized (read-only)</source>
        <translation> — 已定稿（只读）</translation>
    </message>
    <message>
        <location line="+0" />
        <source> — draft</source>
        <translation> — 草稿</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindowregister.cpp" line="+28" />
        <source>Table three back to typed figures</source>
        <translation>表三改回手工填报</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why are the figures of table three typed instead of counted from the register? The reason is recorded in the report's history.</source>
        <translation>为什么表三改为手工填报、不再由登记台账统计？原因将记入报告的修改记录。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Request &amp;register…</source>
        <translation>依申请公开登记台账(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Count table three from the register</source>
        <translation>由登记台账统计表三(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table three back to &amp;typed figures…</source>
        <translation>表三改回手工填报(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requests &amp;behind this figure…</source>
        <translation>查看此数对应的申请(&amp;B)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Select a cell of table three counted from the register first.</source>
        <translation>请先选中表三中由登记台账统计的单元格。</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Table three holds typed figures. Counting it from the register replaces them (each cell's history keeps the typed value). Count?</source>
        <translation>表三中已有手工填报的数字。由登记台账统计会替换这些数字（每个单元格的修改记录会保留原来填写的值）。是否统计？</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Table three is counted from the register; its cells follow the register.</source>
        <translation>表三已由登记台账统计，数字随台账更新。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Table three holds typed figures again; the reason is in the report's history.</source>
        <translation>表三已改回手工填报，原因已记入修改记录。</translation>
    </message>
</context>
<context>
    <name>nianbao::MetadataPage</name>
    <message>
        <location filename="../../forms/reportpages.cpp" line="+74" />
        <source>(not set)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Agency:</source>
        <translation>机关名称(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Level:</source>
        <translation>机关层级(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The level decides whether 规章 can be reported (rule T2c).</source>
        <translation>机关层级决定能否填报规章（规则 T2c）。</translation>
    </message>
</context>
<context>
    <name>nianbao::NarrativePage</name>
    <message>
        <location line="+35" />
        <source>Optional: the legal basis, the statistics period (1 January to 31 December of this year) and whom to ask about the report.</source>
        <translation>可选：编制依据、统计期限（本年1月1日至12月31日）以及对报告有疑问时的联系方式。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What was published on the agency's own initiative this year, with figures; they must agree with table two.</source>
        <translation>本年主动公开了哪些信息，写明数量；数字须与表二一致。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Applications received, concluded and carried over, and how they were handled; the figures must agree with table three.</source>
        <translation>收到、办结、结转的申请及办理情况；数字须与表三一致。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How information is reviewed before publication, kept up to date and cleaned up (e.g. normative documents).</source>
        <translation>信息发布前如何审核、如何更新和清理（如行政规范性文件）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The portal and other channels: what was built or improved this year.</source>
        <translation>政府网站等公开平台本年的建设和改进情况。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Training, assessment, supervision; reviews and lawsuits must agree with table four.</source>
        <translation>培训、考核、监督；行政复议和行政诉讼的数字须与表四一致。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The main problems, and how last year's problems were remedied (整改) — evaluators require both.</source>
        <translation>存在的主要问题，以及上年度问题的整改情况——评议对两者都有要求。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Whether 信息处理费 was charged (and how much), and anything else to report.</source>
        <translation>是否收取信息处理费（及金额），以及其他需要报告的事项。</translation>
    </message>
    <message>
        <location line="+15" />
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Insert the sentence from the tables</source>
        <translation>插入表格数据句</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its figures then follow the tables until you change them by hand.</source>
        <translation>插入后其中的数字随表格自动更新，直到手工修改为止。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The sentence is already in this text, and its figures follow the tables.</source>
        <translation>本段已有这句话，其中的数字会随表格更新。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Fill in the table first: the sentence needs its figures.</source>
        <translation>请先填写表格：这句话需要表中的数字。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Last year's text</source>
        <translation>上年报告此部分</translation>
    </message>
    <message numerus="yes">
        <location line="+103" />
        <source>%n character(s)</source>
        <translation><numerusform>%n 字</numerusform></translation>
    </message>
</context>
<context>
    <name>nianbao::NavigatorModel</name>
    <message>
        <location filename="../../model/editing/findingsmodel.cpp" line="+81" />
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n error(s)</source>
        <translation><numerusform>%n 处错误</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n 处提醒</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>not filled in yet</source>
        <translation>尚未填写</translation>
    </message>
</context>
<context>
    <name>nianbao::PrintCommand</name>
    <message>
        <location filename="../../app/cli/printcommand.cpp" line="+64" />
        <source>--printer needs the name of a printer</source>
        <translation>--printer 需要一个打印机名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--to-file needs a file name</source>
        <translation>--to-file 需要一个文件名</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--copies needs a number from 1 to %1</source>
        <translation>--copies 需要 1 到 %1 之间的数字</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--dpi needs a number from %1 to %2</source>
        <translation>--dpi 需要 %1 到 %2 之间的数字</translation>
    </message>
    <message>
        <location line="-14" />
        <source>--db needs the store's file</source>
        <translation>--db 需要数据库文件</translation>
    </message>
    <message>
        <location line="-34" />
        <source>  print FILE|--id ID [--db PATH] [--printer NAME] [--copies N]
        [--approval-page] [--to-file OUT.pdf [--dpi N]]
      Print the report as the window prints it: to the default printer, to
      the printer NAME, or through the printer's PDF mode to OUT.pdf at N
      dots per inch (default 1200), page for page the same as export --pdf.
      A finalized report prints as the signed copy, a draft with 草稿.
      --id ID          a report of the store (see db list) instead of a file
      --approval-page  add the 签批页 for signatures and the seal
</source>
        <translation>  print 文件|--id 编号 [--db 路径] [--printer 打印机] [--copies 份数]
        [--approval-page] [--to-file 输出.pdf [--dpi 分辨率]]
      按窗口中的打印方式打印报告：打印到默认打印机或指定的打印机，或经打印机的
      PDF 模式以指定分辨率（默认 1200 dpi）打印到 输出.pdf，逐页与 export --pdf 相同。
      已定稿的报告打印为签批用正式件，草稿印「草稿」水印。
      --id 编号        打印数据库中的报告（见 db list），而不是文件
      --approval-page  附签批页，供签字和盖章
</translation>
    </message>
    <message>
        <location line="+55" />
        <source>--id needs a report number (see nianbao db list)</source>
        <translation>--id 需要一个报告编号（见 nianbao db list）</translation>
    </message>
    <message>
        <location line="-31" />
        <source>print takes one report file</source>
        <translation>print 只接受一个报告文件</translation>
    </message>
    <message>
        <location line="+35" />
        <source>usage: nianbao print FILE|--id ID [--db PATH] [--printer NAME] [--copies N] [--approval-page] [--to-file OUT.pdf [--dpi N]]</source>
        <translation>用法：nianbao print 文件|--id 编号 [--db 路径] [--printer 打印机] [--copies 份数] [--approval-page] [--to-file 输出.pdf [--dpi 分辨率]]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--db goes with --id (a report file is printed as it is)</source>
        <translation>--db 只能与 --id 一起使用（报告文件按其本身打印）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--printer and --to-file exclude each other</source>
        <translation>--printer 和 --to-file 不能同时使用</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--dpi goes with --to-file (a printer has its own resolution)</source>
        <translation>--dpi 只能与 --to-file 一起使用（打印机有自己的分辨率）</translation>
    </message>
    <message>
        <location line="+37" />
        <source>no printer is installed</source>
        <translation>未安装打印机</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the printers are: %1</source>
        <translation>已有的打印机：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>there is no default printer; name one with --printer (%1)</source>
        <translation>没有默认打印机；请用 --printer 指定（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>there is no printer named "%1" (%2)</source>
        <translation>没有名为“%1”的打印机（%2）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
</context>
<context>
    <name>nianbao::PrintOptionsDialog</name>
    <message>
        <location filename="../../app/gui/printoptionsdialog.cpp" line="+20" />
        <source>Add the approval page (签批页) for signatures and the seal</source>
        <translation>附签批页，供签字和盖章</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed copy: content fingerprint and QR code</source>
        <translation>正式件：印内容校验码和二维码</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft: 「草稿」 watermark on every page</source>
        <translation>草稿：每页印「草稿」水印</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Only a finalized report (定稿) prints without the watermark.</source>
        <translation>只有已定稿的报告才能不带水印打印。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Copies:</source>
        <translation>份数：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
</context>
<context>
    <name>nianbao::Printing</name>
    <message>
        <location filename="../../app/gui/printing.cpp" line="+60" />
        <source>cannot read back %1: %2</source>
        <translation>无法读回 %1：%2</translation>
    </message>
    <message>
        <location line="+39" />
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the printer %1 cannot be started</source>
        <translation>无法启动打印机 %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the printer stopped after page %1</source>
        <translation>打印机在第 %1 页后停止</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the printer did not accept the pages</source>
        <translation>打印机未接受打印页面</translation>
    </message>
    <message>
        <location line="+27" />
        <source>cannot write %1: no file can be created next to it (is the name too long?)</source>
        <translation>无法写入 %1：无法在其所在文件夹中创建文件（文件名是否太长？）</translation>
    </message>
    <message>
        <location line="-69" />
        <location line="+72" />
        <location line="+20" />
        <location line="+6" />
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::RegisterCommand</name>
    <message>
        <location filename="../../app/cli/registerarguments.cpp" line="+82" />
        <location filename="../../app/cli/registercommand.cpp" line="+517" />
        <source>"%1" is not an option of register %2</source>
        <translation>“%1”不是 register %2 的选项</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 "%2" is not a date (write it as 2025-03-04)</source>
        <translation>%1“%2”不是日期（请写作 2025-03-04）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 "%2" is not a number from %3 to %4</source>
        <translation>%1“%2”不是 %3 至 %4 之间的数</translation>
    </message>
    <message>
        <location line="+21" />
        <source>New database %1</source>
        <translation>新建数据库 %1</translation>
    </message>
    <message>
        <location line="+37" />
        <source>the store has no report of %1 for %2 to write the table into</source>
        <translation>数据库中没有 %1 %2 年度的报告，无法写入该表</translation>
    </message>
    <message>
        <location filename="../../app/cli/registercommand.cpp" line="-410" />
        <source>The register holds no request for this choice.</source>
        <translation>登记台账中没有符合条件的申请。</translation>
    </message>
    <message>
        <location line="+55" />
        <source>No open request is due within %1 working day(s).</source>
        <translation>没有在 %1 个工作日内到期的未办结申请。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>--agency, --received and --type are needed</source>
        <translation>需要 --agency、--received 和 --type</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--channel "%1" is not one of in_person, mail, online, fax, email, other</source>
        <translation>--channel“%1”不是 in_person、mail、online、fax、email、other 之一</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--fee "%1" is not an amount in 万元</source>
        <translation>--fee“%1”不是以万元计的金额</translation>
    </message>
    <message>
        <location line="+31" />
        <source>stored as request %1 of %2</source>
        <translation>已登记为 %2 的申请 %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/registerarguments.cpp" line="-16" />
        <source>--agency and --year are needed</source>
        <translation>需要 --agency 和 --year</translation>
    </message>
    <message>
        <location filename="../../app/cli/registercommand.cpp" line="+14" />
        <source>not counted: %1</source>
        <translation>未计入：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>nothing written: correct the entries that could not be counted first</source>
        <translation>未写入：请先更正无法计入的登记记录</translation>
    </message>
    <message>
        <location line="+11" />
        <source>table three of report %1 (%2, %3) counted from the register</source>
        <translation>报告 %1（%2，%3 年度）的表三已根据登记台账统计</translation>
    </message>
    <message>
        <location line="+23" />
        <source>counted from the register</source>
        <translation>据登记台账统计</translation>
    </message>
    <message>
        <location line="+20" />
        <source>name the file to write with -o FILE.xlsx</source>
        <translation>请用 -o 文件.xlsx 指定要写入的文件</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 request(s) written to %2, with the applicants' names and contacts</source>
        <translation>已将 %1 件申请写入 %2，含申请人姓名和联系方式</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 request(s) written to %2, without personal data</source>
        <translation>已将 %1 件申请写入 %2，不含个人信息</translation>
    </message>
    <message>
        <location line="+12" />
        <source>name the sheet and the agency: register import FILE --agency NAME</source>
        <translation>请指定表格和机关：register import 文件 --agency 机关名称</translation>
    </message>
    <message>
        <location line="+43" />
        <source>header in row %1</source>
        <translation>表头在第 %1 行</translation>
    </message>
    <message>
        <location line="+2" />
        <source>columns not read: %1 (name them with --map 列名=field)</source>
        <translation>未读取的列：%1（可用 --map 列名=字段 指定）</translation>
    </message>
    <message>
        <location line="+15" />
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>  register list [--agency NAME] [--year Y] [--json] [--with-personal-data]
      The request register (依申请公开登记): each request with its outcome, or
      its due date and working days left. With --year, the requests that
      year's table three counts. Applicants' names and contacts only with
      --with-personal-data.
  register due [--days N] [--agency NAME] [--json]
      Open requests due within N working days (default 5) or overdue.
      Exit status 1 when one is overdue.
  register add --agency NAME --received DATE --type TYPE [--number N]
        [--channel C] [--name TEXT] [--contact TEXT] [--subject TEXT]
        [--correction-asked DATE] [--correction-received DATE]
        [--consultation-start DATE] [--consultation-end DATE]
        [--extended DATE] [--replied DATE --outcome ROW] [--fee 万元]
        [--notes TEXT] [--withdrawn] [--merged-into N]
      Add a request; TYPE and ROW are table three's column and row keys
      (natural, business…; granted, partial, denied_1…). Dates YYYY-MM-DD.
  register table3 --agency NAME --year Y [--json] [--write]
      Table three counted from the register; --write puts it into the
      store's report of that agency and year, marked as from the register.
  register export -o FILE.xlsx [--agency NAME] [--year Y] [--with-personal-data]
      The register as a spreadsheet (登记表): one row per request, dates as
      Excel dates. Applicants' names and contacts only with
      --with-personal-data. A file that cannot be written is left as it was.
  register import FILE --agency NAME [--map 列名=field,…] [--dry-run]
      Bring a register kept in a spreadsheet (.xlsx or .csv, UTF-8 or GBK) in:
      the header row is the first naming three known columns (编号, 收到日期,
      申请人, 申请人类型, 申请方式, 申请内容, 答复日期, 办理结果, 备注 and close
      variants); --map names others (fields: number, received, channel, type,
      name, contact, subject, correction, consultation, extended, replied,
      outcome, fee, notes, ignore). Each row is reported, recognised or refused
      with the reason; the recognised rows are stored in one transaction, none
      with --dry-run. Exit status: 0 all stored, 1 some refused, 2 unreadable
      file or no header row.
  register print --agency NAME [--year Y] -o FILE.pdf
        [--with-personal-data [--mask]]
      The register printed (登记表, A4 landscape, the header repeated on each
      page); names and contacts only when asked, and then masked with --mask.
  register cases add --agency NAME --kind review|suit [--route direct|after_review]
        --filed YEAR [--result upheld|corrected|other|pending] [--decided DATE]
        [--number N] [--notes TEXT]
  register cases list [--agency NAME] [--year Y] [--json]
  register table4 --agency NAME --year Y [--json] [--write]
      The 行政复议 and 行政诉讼 cases, and table four counted from them (--write
      puts it into the store's report, marked as from the cases).
      --db PATH, --today DATE (for due dates) as for db.
</source>
        <translation>  register list [--agency 机关名称] [--year 年份] [--json] [--with-personal-data]
      依申请公开登记台账：每件申请及其办理结果，或其答复期限和剩余工作日。
      指定 --year 时列出该年度表三计入的申请。申请人姓名和联系方式仅在
      指定 --with-personal-data 时显示。
  register due [--days 天数] [--agency 机关名称] [--json]
      列出 N 个工作日内到期（默认 5）或已逾期的未办结申请。
      有逾期时退出状态为 1。
  register add --agency 机关名称 --received 日期 --type 类型 [--number 编号]
        [--channel 方式] [--name 文字] [--contact 文字] [--subject 文字]
        [--correction-asked 日期] [--correction-received 日期]
        [--consultation-start 日期] [--consultation-end 日期]
        [--extended 日期] [--replied 日期 --outcome 结果] [--fee 万元]
        [--notes 文字] [--withdrawn] [--merged-into 编号]
      登记一件申请；类型和结果为表三的列键和行键
      （natural、business…；granted、partial、denied_1…）。日期写作 YYYY-MM-DD。
  register table3 --agency 机关名称 --year 年份 [--json] [--write]
      根据登记台账统计表三；--write 写入数据库中该机关该年度的报告，
      并标明数据来自登记台账。
  register export -o 文件.xlsx [--agency 机关名称] [--year 年份] [--with-personal-data]
      把登记台账导出为电子表格（登记表）：每件申请一行，日期为 Excel 日期。
      申请人姓名和联系方式仅在指定 --with-personal-data 时导出。
      无法写入时原有文件保持不变。
  register import 文件 --agency 机关名称 [--map 列名=字段,…] [--dry-run]
      导入以电子表格（.xlsx 或 .csv，UTF-8 或 GBK）保存的登记台账：第一行含三个
      可识别列名（编号、收到日期、申请人、申请人类型、申请方式、申请内容、答复日期、
      办理结果、备注及相近写法）的行为表头；其他列用 --map 指定（字段：number、
      received、channel、type、name、contact、subject、correction、consultation、
      extended、replied、outcome、fee、notes、ignore）。逐行报告识别结果或拒绝
      原因；可识别的行在一个事务中存入，指定 --dry-run 时不存入。
      退出状态：0 全部存入，1 有行被拒绝，2 文件无法读取或找不到表头。
  register print --agency 机关名称 [--year 年份] -o 文件.pdf
        [--with-personal-data [--mask]]
      打印登记台账（登记表，A4 横向，每页重复表头）；仅在指定时打印申请人姓名和
      联系方式，指定 --mask 时部分隐去。
  register cases add --agency 机关名称 --kind review|suit [--route direct|after_review]
        --filed 年份 [--result upheld|corrected|other|pending] [--decided 日期]
        [--number 文号] [--notes 文字]
  register cases list [--agency 机关名称] [--year 年份] [--json]
  register table4 --agency 机关名称 --year 年份 [--json] [--write]
      行政复议和行政诉讼案件，以及据此统计的表四（--write 写入数据库中的报告，
      并标明数据来自案件清单）。
      --db 路径、--today 日期（用于计算期限）同 db。
</translation>
    </message>
    <message>
        <location line="+60" />
        <source>name what to do: list, due, add, table3, export, import, print, cases or table4</source>
        <translation>请指定操作：list、due、add、table3、export、import、print、cases 或 table4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown command "%1"; use list, due, add, table3, export, import, print, cases or table4</source>
        <translation>未知命令“%1”；请用 list、due、add、table3、export、import、print、cases 或 table4</translation>
    </message>
    <message>
        <location line="-91" />
        <source>recognised</source>
        <translation>已识别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(numbered when stored)</source>
        <translation>（存入时编号）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location line="+4" />
        <source>dry run: %1 row(s) recognised, %2 refused; nothing stored</source>
        <translation>试运行：识别 %1 行，拒绝 %2 行；未存入任何内容</translation>
    </message>
    <message>
        <location line="+6" />
        <source>nothing stored: %1</source>
        <translation>未存入任何内容：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 row(s) stored in the register of %2, %3 refused</source>
        <translation>已将 %1 行存入%2的登记台账，拒绝 %3 行</translation>
    </message>
    <message>
        <location line="+118" />
        <source>register add takes the request's fields only</source>
        <translation>register add 只接受申请的各项内容</translation>
    </message>
    <message>
        <location filename="../../app/cli/casescommand.cpp" line="+30" />
        <source>name the agency, the kind and the year: cases add --agency NAME --kind review|suit [--route direct|after_review, for a suit] --filed YEAR</source>
        <translation>请指明机关、案件类型和立案年度：cases add --agency 机关名称 --kind review|suit [--route direct|after_review，诉讼必填] --filed 年度</translation>
    </message>
    <message>
        <location line="+23" />
        <source>case %1 added: %2, filed %3, %4</source>
        <translation>已添加案件 %1：%2，%3 年立案，%4</translation>
    </message>
    <message>
        <location line="+45" />
        <source>name what to do: cases add or cases list</source>
        <translation>请指定操作：cases add 或 cases list</translation>
    </message>
    <message>
        <location line="+27" />
        <source>table four of report %1 (%2, %3) counted from the cases</source>
        <translation>报告 %1（%2，%3 年度）的表四已按案件统计</translation>
    </message>
    <message>
        <location line="+22" />
        <source>counted from the cases</source>
        <translation>按案件统计</translation>
    </message>
    <message>
        <location filename="../../app/cli/registerprintcommand.cpp" line="+26" />
        <source>name the agency whose register to print with --agency NAME</source>
        <translation>请用 --agency 机关名称 指明打印哪个机关的登记台账</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--mask masks the personal data asked for with --with-personal-data</source>
        <translation>--mask 用于遮盖用 --with-personal-data 要求打印的个人信息</translation>
    </message>
    <message>
        <location line="+15" />
        <source>name the file to write with -o FILE.pdf</source>
        <translation>请用 -o 文件.pdf 指明要写入的文件</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 request(s) printed to %2 on %3 page(s)</source>
        <translation>已将 %1 条申请打印到 %2，共 %3 页</translation>
    </message>
</context>
<context>
    <name>nianbao::RegisterDeadlines</name>
    <message>
        <location filename="../../model/core/registerdeadlines.cpp" line="+26" />
        <source>deadline unknown: %1</source>
        <translation>期限无法计算：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>awaiting the corrected application (补正)</source>
        <translation>等待补正</translation>
    </message>
    <message>
        <location line="+2" />
        <source>third party consulted: the period is paused</source>
        <translation>正在征求第三方意见，期限暂停计算</translation>
    </message>
    <message>
        <location line="+6" />
        <source>due %1, overdue by %2 working day(s)</source>
        <translation>%1 到期，已逾期 %2 个工作日</translation>
    </message>
    <message>
        <location line="+3" />
        <source>due %1, %2 working day(s) left</source>
        <translation>%1 到期，还剩 %2 个工作日</translation>
    </message>
</context>
<context>
    <name>nianbao::RegisterEntryDialog</name>
    <message>
        <location filename="../../forms/registerentrydialog.cpp" line="+53" />
        <source>Withdrawn by the applicant (counted under 其他处理·其他)</source>
        <translation>申请人撤回（计入“其他处理·其他”）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Request %1</source>
        <translation>申请 %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New request</source>
        <translation>新登记申请</translation>
    </message>
    <message>
        <location line="+1" />
        <source>given by the register when empty</source>
        <translation>留空则自动编号</translation>
    </message>
    <message>
        <location line="+16" />
        <source>(not answered yet)</source>
        <translation>（尚未答复）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>万元, e.g. 0.0120</source>
        <translation>万元，如 0.0120</translation>
    </message>
    <message>
        <location line="+2" />
        <source>number of the request it was handled with</source>
        <translation>与之合并办理的申请编号</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Application</source>
        <translation>申请信息</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+49" />
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="-48" />
        <source>How</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Applicant type</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Course</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+41" />
        <source>补正 asked</source>
        <translation>告知补正日期</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+41" />
        <source>Corrected application received</source>
        <translation>收到补正日期</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+41" />
        <source>Third party consulted from</source>
        <translation>征求第三方意见起</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+41" />
        <source>Consultation ended</source>
        <translation>征求意见止</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+41" />
        <source>Extended on</source>
        <translation>延长答复期限日期</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+41" />
        <source>Replied</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fee (万元)</source>
        <translation>信息处理费（万元）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merged into</source>
        <translation>合并办理至</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the fee "%1" is not an amount in 万元</source>
        <translation>费用“%1”不是以万元计的金额</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Not stored:</source>
        <translation>未保存：</translation>
    </message>
</context>
<context>
    <name>nianbao::RegisterImport</name>
    <message>
        <location filename="../../model/import/registerimport.cpp" line="+210" />
        <location line="+18" />
        <location line="+6" />
        <source>%1 "%2" is not a valid date</source>
        <translation>%1“%2”不是有效日期</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+15" />
        <source>%1 is empty</source>
        <translation>%1为空</translation>
    </message>
    <message>
        <location line="-14" />
        <source>no column gives the date received</source>
        <translation>没有表示收到日期的列</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 "%2" is not one of 当面, 邮寄, 网络, 传真, 电子邮件, 其他</source>
        <translation>%1“%2”不是当面、邮寄、网络、传真、电子邮件、其他之一</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no column gives the applicant type</source>
        <translation>没有表示申请人类型的列</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 "%2" is not one of 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他</source>
        <translation>%1“%2”不是自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他之一</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 "%2" is not a row of table three, or names more than one</source>
        <translation>%1“%2”不是表三的某一行，或对应不止一行</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 "%2" is not an amount in 万元</source>
        <translation>%1“%2”不是以万元计的金额</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+197" />
        <location line="+10" />
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="-178" />
        <source>--map "%1" is not 列名=field</source>
        <translation>--map“%1”不是“列名=字段”的形式</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--map: "%1" is not a field; use one of %2</source>
        <translation>--map：“%1”不是字段，请用 %2 之一</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 is chosen for more than one column: %2</source>
        <translation>%1 被选给了不止一列：%2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How received</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Applicant type</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information requested</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correction</source>
        <translation>补正</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Third-party consultation</source>
        <translation>征求第三方意见</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extension</source>
        <translation>延长答复期限</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date replied</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fee (10,000 yuan)</source>
        <translation>费用（万元）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+65" />
        <source>no header row found: no row names at least three of 编号, 收到日期, 申请人类型, 申请方式, 申请内容, 答复日期, 办理结果, 备注 (name the columns with --map 列名=field,…)</source>
        <translation>找不到表头：没有一行含编号、收到日期、申请人类型、申请方式、申请内容、答复日期、办理结果、备注中的至少三个（可用 --map 列名=字段,… 指定各列）</translation>
    </message>
    <message>
        <location line="+32" />
        <source>the register already has a request %1</source>
        <translation>登记台账中已有编号为 %1 的申请</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the register already has this request (received %1, the same applicant and subject)</source>
        <translation>登记台账中已有这件申请（%1 收到，申请人和申请内容相同）</translation>
    </message>
</context>
<context>
    <name>nianbao::RegisterImportDialog</name>
    <message>
        <location filename="../../app/gui/registerimportdialog.cpp" line="+98" />
        <source>(no file chosen)</source>
        <translation>（未选择文件）</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+2" />
        <source>Import the request register</source>
        <translation>导入依申请公开登记台账</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Choose a file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Agency:</source>
        <translation>机关名称(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Header in row:</source>
        <translation>表头所在行(&amp;H)：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Which field each column holds:</source>
        <translation>每一列对应的内容：</translation>
    </message>
    <message>
        <location line="+81" />
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Choose the register sheet (.xlsx or .csv).</source>
        <translation>请选择登记台账表格（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name the agency whose register this is.</source>
        <translation>请填写这份台账所属的机关。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 row(s) under the header: %2 recognised, %3 refused. Only the recognised rows are stored; nothing is stored before you import.</source>
        <translation>表头下共 %1 行：识别 %2 行，未识别 %3 行。只导入识别的行；点“导入”之前不保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>&amp;Import %n row(s)</source>
        <translation><numerusform>导入 %n 行(&amp;I)</numerusform></translation>
    </message>
</context>
<context>
    <name>nianbao::RegisterImportPreviewModel</name>
    <message>
        <location line="-206" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Recognised?</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location line="+17" />
        <source>recognised</source>
        <translation>已识别</translation>
    </message>
    <message>
        <location line="+0" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(numbered when stored)</source>
        <translation>（存入时编号）</translation>
    </message>
</context>
<context>
    <name>nianbao::RegisterMenu</name>
    <message>
        <location filename="../../app/gui/registermenu.cpp" line="+22" />
        <source>Re&amp;gister</source>
        <translation>登记台账(&amp;G)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+3" />
        <source>Register</source>
        <translation>登记台账</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Import a register sheet…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Print the register…</source>
        <translation>打印登记表(&amp;P)…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Nothing was stored: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n row(s) stored in the register of %1.</source>
        <translation><numerusform>已将 %n 行存入%1的登记台账。</numerusform></translation>
    </message>
</context>
<context>
    <name>nianbao::RegisterPaste</name>
    <message>
        <location filename="../../model/import/registerpaste.cpp" line="+62" />
        <source>the clipboard holds no rows to paste</source>
        <translation>剪贴板中没有可粘贴的行</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the pasted text cannot be read as rows of cells: %1</source>
        <translation>粘贴的内容无法按表格行读取：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::RegisterPrintDialog</name>
    <message>
        <location filename="../../app/gui/registerprintdialog.cpp" line="+26" />
        <source>Print the applicants' &amp;names and contacts</source>
        <translation>打印申请人姓名和联系方式(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mask them (张**, 138****1234)</source>
        <translation>遮盖显示(&amp;M)（张**、138****1234）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the request register</source>
        <translation>打印依申请公开登记表</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(every year)</source>
        <translation>（所有年度）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Agency:</source>
        <translation>机关名称(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>nianbao::RegisterTableModel</name>
    <message>
        <location filename="../../model/editing/registertablemodel.cpp" line="+190" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Applicant type</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Request</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
</context>
<context>
    <name>nianbao::RegisterView</name>
    <message>
        <location filename="../../forms/registerview.cpp" line="+64" />
        <source>Filter: number, date, type, request, outcome…</source>
        <translation>筛选：编号、日期、类型、申请内容、办理结果…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The agency whose register is shown; type a name for a new one</source>
        <translation>显示哪个机关的台账；输入名称可新建</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Add…</source>
        <translation>登记(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste rows</source>
        <translation>粘贴行(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows copied from Excel, WPS or LibreOffice (Ctrl+V), with or without their header row</source>
        <translation>从 Excel、WPS 或 LibreOffice 复制的行（Ctrl+V），带不带表头均可</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Paste rows</source>
        <translation>粘贴行</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+19" />
        <source>All agencies</source>
        <translation>全部机关</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
</context>
<context>
    <name>nianbao::RegisterWindow</name>
    <message>
        <location filename="../../app/gui/registerwindow.cpp" line="+25" />
        <source>Request register (依申请公开登记)</source>
        <translation>依申请公开登记台账</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+3" />
        <source>Request register</source>
        <translation>依申请公开登记台账</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paste rows into the register</source>
        <translation>粘贴到登记台账</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 row(s) recognised, %2 refused. Store the recognised rows? The refused ones are not stored; correct them and paste them again.</source>
        <translation>识别 %1 行，拒收 %2 行。保存已识别的行吗？拒收的行不会保存，请改正后重新粘贴。</translation>
    </message>
    <message>
        <location line="+64" />
        <source>%1 request(s) · %2 overdue · %3 due within %4 working days</source>
        <translation>共 %1 件 · 逾期 %2 件 · %4 个工作日内到期 %3 件</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Choose the agency whose register this request belongs to first.</source>
        <translation>请先选择这件申请所属的机关。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The register has no request %1 any more.</source>
        <translation>登记台账中已没有申请 %1。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Delete request %1 from the register? A history line without the applicant's name and contact is kept.</source>
        <translation>从登记台账删除申请 %1 吗？将保留一条不含申请人姓名和联系方式的记录。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose the agency whose register the rows belong to first.</source>
        <translation>请先选择这些行所属的机关。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No pasted row can be stored:</source>
        <translation>粘贴的行都不能保存：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was stored: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::Report</name>
    <message>
        <location filename="../../model/core/report.cpp" line="+85" />
        <source>the agency's name is empty or only spaces</source>
        <translation>机关名称为空或只有空格</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the agency's name holds the invisible or control character U+%1, which is not allowed</source>
        <translation>机关名称中含有不可见字符或控制字符 U+%1，不允许使用</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportDocument</name>
    <message>
        <location filename="../../model/editing/reportdocument.cpp" line="+45" />
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Edit basic information</source>
        <translation>编辑基本信息</translation>
    </message>
    <message>
        <location line="+130" />
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Fill the empty cells with 0</source>
        <translation>空单元格填 0</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Recompute the totals</source>
        <translation>重新计算合计</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportExport</name>
    <message>
        <location filename="../../model/render/pdfexport.cpp" line="+55" />
        <source>no Chinese font is installed (for example 仿宋_GB2312, SimSun, Noto Serif CJK SC or AR PL UMing); the PDF would have no readable text</source>
        <translation>没有安装中文字体（例如仿宋_GB2312、宋体、Noto Serif CJK SC 或 AR PL UMing）；生成的 PDF 将没有可读的文字</translation>
    </message>
    <message>
        <location line="+214" />
        <source>the PDF could not be finished: %1</source>
        <translation>无法完成 PDF：%1</translation>
    </message>
    <message>
        <location line="+85" />
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-23" />
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportJson</name>
    <message>
        <location filename="../../model/core/reportjson.cpp" line="+34" />
        <source>the file must hold one JSON object, not a list or a single value</source>
        <translation>文件必须是一个 JSON 对象，不能是列表或单个值</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the key "schema" is missing; is this a Nianbao report file?</source>
        <translation>缺少键“schema”；这是年报文件吗？</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: unsupported schema %2; this version reads "%3"</source>
        <translation>%1：不支持的格式 %2；本版本读取“%3”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(not a string)</source>
        <translation>（不是字符串）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: must be a string</source>
        <translation>%1：必须是字符串</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"form": unknown form "%1"</source>
        <translation>“form”：未知格式“%1”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the key "agency" (the agency's name) is missing</source>
        <translation>缺少键“agency”（机关名称）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the agency's name must be a string</source>
        <translation>%1：机关名称必须是字符串</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the key "year" is missing</source>
        <translation>缺少键“year”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: must be a year between 2008 and 2100 written as a number, found %2</source>
        <translation>%1：必须是 2008 至 2100 之间的年份（数字），实际为 %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: unknown agency level %2; use one of province, province_department, city, city_department, county, county_department, township, street</source>
        <translation>%1：未知机关层级 %2；可用 province、province_department、city、city_department、county、county_department、township、street</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: must be an object mapping cell ids to values</source>
        <translation>%1：必须是由单元格编号到数值的对象</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: must be an object mapping part ids to text</source>
        <translation>%1：必须是由部分编号到文字的对象</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"texts": unknown part id "%1" (line %2)</source>
        <translation>“texts”：未知部分编号“%1”（第 %2 行）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"texts".%1: must be a string, found %2</source>
        <translation>“texts”.%1：必须是字符串，实际为 %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+8" />
        <source>"values": unknown cell id "%1" (line %2); cell ids look like "t3.new.natural"</source>
        <translation>“values”：未知单元格编号“%1”（第 %2 行）；单元格编号形如“t3.new.natural”</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: the number %2 is out of range</source>
        <translation>%1：数字 %2 超出范围</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the number %2 has more than %3 decimals</source>
        <translation>%1：数字 %2 的小数超过 %3 位</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 is not a number</source>
        <translation>%1：%2 不是数字</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1: a count must be a JSON integer, not the string %2 (only "/" and "-" are allowed as strings)</source>
        <translation>%1：件数必须是 JSON 整数，不能是字符串 %2（字符串只允许“/”和“-”）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: an object value must be {"unreadable": "原文"}</source>
        <translation>%1：对象值必须是 {"unreadable": "原文"}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: %2 is not a cell value (a number, null, "/", "-" or {"unreadable": …})</source>
        <translation>%1：%2 不是单元格的值（应为数字、null、“/”、“-”或 {"unreadable": …}）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>not a valid JSON file: line %1, column %2: %3</source>
        <translation>不是有效的 JSON 文件：第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not a valid JSON file: %1</source>
        <translation>不是有效的 JSON 文件：%1</translation>
    </message>
    <message>
        <location line="+90" />
        <source>%1: at finalization "%2", now "%3"</source>
        <translation>%1：定稿时为“%2”，现为“%3”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>agency</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+2" />
        <source>level</source>
        <translation>机关层级</translation>
    </message>
    <message>
        <location line="+3" />
        <source>form</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: is a folder, not a report file</source>
        <translation>%1：是文件夹，不是报告文件</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: is not a regular file (a device, a pipe or a socket), so not a report file</source>
        <translation>%1：不是普通文件（是设备、管道或套接字），不是报告文件</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the file is %2 MB; a report file is at most %3 MB, so this is not one</source>
        <translation>%1：文件大小为 %2 MB；报告文件最大 %3 MB，这不是报告文件</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the file is larger than %2 MB; a report file is never that large</source>
        <translation>%1：文件超过 %2 MB；报告文件不会这么大</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportSession</name>
    <message>
        <location filename="../../model/session/reportsession.cpp" line="+352" />
        <source>the report is already finalized</source>
        <translation>报告已定稿</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the report cannot be finalized while changes are not saved: %1</source>
        <translation>还有修改未保存，不能定稿：%1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the report is not finalized</source>
        <translation>报告尚未定稿</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the report is finalized (定稿) and read-only; reopen it to change it</source>
        <translation>报告已定稿，只读；要修改请先撤销定稿</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is computed and cannot be restored</source>
        <translation>%1 是计算得出的，不能恢复</translation>
    </message>
    <message>
        <location line="+9" />
        <source>nothing called %1 in this report</source>
        <translation>本报告中没有 %1</translation>
    </message>
    <message>
        <location filename="../../model/session/sessionregister.cpp" line="+44" />
        <source>the report is finalized: table three is not counted again</source>
        <translation>报告已定稿，表三不再重新统计</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Table three was not counted: correct these entries of the register first:
%1</source>
        <translation>表三未统计：请先改正登记台账中的以下条目：
%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The register of %1 holds no request: there is nothing to count.</source>
        <translation>%1 的登记台账中没有申请，无从统计。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportStore</name>
    <message>
        <location filename="../../model/storage/sqlsupport.cpp" line="+28" />
        <source>the disk is full; free some space. Everything saved before is kept.</source>
        <translation>磁盘已满，请释放空间。此前保存的内容都在。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this sign-in may only change its own agency's reports and register (the server's row-level security refused it)</source>
        <translation>此登录只能修改本单位的报告和登记（服务器的行级安全策略拒绝了这次修改）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this sign-in may only read here (the server refused the change: %1)</source>
        <translation>此登录在这里只能查看（服务器拒绝了这次修改：%1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the database cannot be written (read-only file or folder)</source>
        <translation>数据库无法写入（文件或文件夹只读）</translation>
    </message>
    <message>
        <location filename="../../model/storage/storefile.cpp" line="+374" />
        <source>there is no backup of %1</source>
        <translation>%1 没有备份</translation>
    </message>
    <message>
        <location line="+28" />
        <source>cannot move the damaged %1 aside</source>
        <translation>无法移开损坏的 %1</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The most recent backup is %1 (restore it with: nianbao db restore --db %2).</source>
        <translation>最近的备份是 %1（可用 nianbao db restore --db %2 恢复）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a folder, not a database</source>
        <translation>%1 是文件夹，不是数据库</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the folder %1 does not exist and cannot be created</source>
        <translation>文件夹 %1 不存在，也无法创建</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 无法读取：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a Nianbao database (not an SQLite file); it was left untouched.</source>
        <translation>%1 不是年报数据库（不是 SQLite 文件）；文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../model/storage/storelock.cpp" line="+75" />
        <source>the lock on the store was lost: another Nianbao (%1, process %2 on %3) has it now</source>
        <translation>数据库的锁已丢失：另一个 Nianbao（%1，%3 上的进程 %2）正在使用它</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the lock file %1 cannot be read</source>
        <translation>无法读取锁文件 %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the lock file %1 was deleted and cannot be made again</source>
        <translation>锁文件 %1 已被删除且无法重新创建</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1 is in use by another Nianbao (%2, process %3 on %4); close it first</source>
        <translation>%1 正被另一个年报程序使用（%2，主机 %4 上的进程 %3）；请先关闭它</translation>
    </message>
    <message>
        <location line="+13" />
        <source>cannot lock %1: the disk is full (free some space, then try again)</source>
        <translation>无法锁定 %1：磁盘已满（请腾出一些空间后重试）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot lock %1 (is its folder writable?)</source>
        <translation>无法锁定 %1（所在文件夹可写吗？）</translation>
    </message>
    <message>
        <location filename="../../model/storage/storefile.cpp" line="-260" />
        <source>not an SQLite file (cut off while it was written?)</source>
        <translation>不是 SQLite 文件（写入时被中断？）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location line="+5" />
        <source>fails SQLite's integrity check</source>
        <translation>未通过 SQLite 完整性检查</translation>
    </message>
    <message>
        <location line="+5" />
        <source>is not a database of this version of Nianbao</source>
        <translation>不是本版本 Nianbao 的数据库</translation>
    </message>
    <message>
        <location line="+5" />
        <source>holds no table of reports</source>
        <translation>没有报告表</translation>
    </message>
    <message>
        <location line="+141" />
        <source>no backup of %1 can be restored:
%2</source>
        <translation>%1 没有可恢复的备份：
%2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot read the backup %1: %2</source>
        <translation>无法读取备份 %1：%2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>cannot copy the backup %1 to %2: %3</source>
        <translation>无法把备份 %1 复制为 %2：%3</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1 is missing or empty, but its backup %2 holds %3 report(s). Restore it with: nianbao db restore --db %1</source>
        <translation>%1 不存在或为空，但其备份 %2 中有 %3 份报告。请用以下命令恢复：nianbao db restore --db %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>there is no database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+44" />
        <source>%1 cannot be opened: %2</source>
        <translation>%1 无法打开：%2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is damaged (SQLite's quick check failed); it was left untouched.</source>
        <translation>%1 已损坏（SQLite 快速检查未通过）；文件未被改动。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>cannot read the version of %1: %2</source>
        <translation>无法读取 %1 的版本：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 was written by a newer version of Nianbao (database version %2; this version reads up to %3). Update Nianbao; the file was left untouched.</source>
        <translation>%1 是较新版本的年报程序写入的（数据库版本 %2；本版本最高读取 %3）。请升级年报程序；文件未被改动。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>cannot back up %1 before upgrading it</source>
        <translation>升级前无法备份 %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>cannot prepare %1: %2</source>
        <translation>无法准备 %1：%2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>upgrading %1 failed: %2; nothing was changed</source>
        <translation>升级 %1 失败：%2；未作任何改动</translation>
    </message>
    <message>
        <location line="+10" />
        <source>upgrading %1 to version %2 failed: %3; nothing was changed</source>
        <translation>把 %1 升级到版本 %2 失败：%3；未做任何改动</translation>
    </message>
    <message>
        <location line="+35" />
        <source>the daily backup of %1 failed: %2</source>
        <translation>%1 的每日备份失败：%2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the daily backup to %1 failed: %2</source>
        <translation>每日备份到 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>it could not be synced to the disk</source>
        <translation>无法同步写入磁盘</translation>
    </message>
    <message>
        <location line="+7" />
        <source>it holds %1 report(s) instead of %2</source>
        <translation>其中有 %1 份报告，而不是 %2 份</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it holds %1 register entries instead of %2</source>
        <translation>其中有 %1 条登记记录，而不是 %2 条</translation>
    </message>
    <message>
        <location filename="../../model/storage/reportstore.cpp" line="+96" />
        <location line="+209" />
        <location line="+281" />
        <source>there is no report %1 in %2</source>
        <translation>%2 中没有编号为 %1 的报告</translation>
    </message>
    <message>
        <location line="-483" />
        <location line="+227" />
        <source>report %1 uses the unknown form "%2"</source>
        <translation>报告 %1 使用了未知格式“%2”</translation>
    </message>
    <message>
        <location line="+34" />
        <source>report %1 holds an unreadable cell "%2"</source>
        <translation>报告 %1 中有无法读取的单元格“%2”</translation>
    </message>
    <message>
        <location line="+82" />
        <source>there is no report %1 to delete</source>
        <translation>没有编号为 %1 的报告可删除</translation>
    </message>
    <message>
        <location line="+17" />
        <source>report %1 is not in the trash</source>
        <translation>报告 %1 不在回收站中</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1 already has a report for %2 (number %3)</source>
        <translation>%1 已有 %2 年度的报告（编号 %3）</translation>
    </message>
    <message>
        <location line="+91" />
        <source>report %1 is finalized (定稿) and read-only; reopen it to change it</source>
        <translation>报告 %1 已定稿，只读；如需修改请先重新打开</translation>
    </message>
    <message>
        <location line="+6" />
        <source>report %1 is in the trash; restore it to change it</source>
        <translation>报告 %1 在回收站中；如需修改请先恢复</translation>
    </message>
    <message>
        <location line="+74" />
        <source>no such cell in report %1</source>
        <translation>报告 %1 中没有这个单元格</translation>
    </message>
    <message>
        <location line="+50" />
        <location line="+42" />
        <source>changed by someone else in the meantime; nothing was written</source>
        <translation>在此期间已被他人修改；未写入</translation>
    </message>
    <message>
        <location line="-23" />
        <source>no such part in report %1</source>
        <translation>报告 %1 中没有这个部分</translation>
    </message>
    <message>
        <location line="+67" />
        <source>the history holds an unreadable value for %1</source>
        <translation>历史记录中 %1 的值无法读取</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 cannot be restored from the history</source>
        <translation>%1 无法从历史记录恢复</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a warning is acknowledged with a written reason</source>
        <translation>说明提醒需要写明原因</translation>
    </message>
    <message>
        <location filename="../../model/storage/finalization.cpp" line="+43" />
        <source>report %1 still has %2 error(s); fix them before finalizing</source>
        <translation>报告 %1 还有 %2 处错误；请改正后再定稿</translation>
    </message>
    <message>
        <location line="+13" />
        <source>report %1 has %2 warning(s) without a written reason</source>
        <translation>报告 %1 有 %2 处提醒没有写明原因</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the date of finalization is missing</source>
        <translation>缺少定稿日期</translation>
    </message>
    <message>
        <location line="+30" />
        <source>reopening a finalized report needs a written reason</source>
        <translation>重新打开已定稿的报告需要写明原因</translation>
    </message>
    <message>
        <location line="+5" />
        <source>report %1 is not finalized</source>
        <translation>报告 %1 未定稿</translation>
    </message>
    <message>
        <location line="+60" />
        <source>the report is marked finalized, but the store holds no record of its finalization</source>
        <translation>报告标为已定稿，但数据库中没有它的定稿记录</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the report was finalized and never reopened, but is now marked as a draft</source>
        <translation>报告已定稿且从未重新打开，现在却标为草稿</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the frozen copy cannot be read: %1</source>
        <translation>无法读取冻结的副本：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the frozen copy does not have the recorded hash either; it was changed too</source>
        <translation>冻结的副本也与记录的校验码不符，它也被改动过</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the stored content cannot be read</source>
        <translation>无法读取数据库中的内容</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The finalized content of report %1 is not what was finalized: its fingerprint (content hash) was %2 at finalization and is %3 now. It cannot be printed or exported as final.</source>
        <translation>已定稿内容与定稿时不一致：报告 %1 定稿时的校验码为 %2，现在为 %3。不能作为定稿打印或导出。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The copy frozen at finalization is intact and can be restored.</source>
        <translation>定稿时冻结的副本完好，可以恢复。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The copy frozen at finalization cannot be restored.</source>
        <translation>定稿时冻结的副本无法恢复。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>report %1 has no copy frozen at finalization</source>
        <translation>报告 %1 没有定稿时冻结的副本</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the copy of report %1 frozen at finalization was changed too; it cannot be restored</source>
        <translation>报告 %1 定稿时冻结的副本也被改动过，无法恢复</translation>
    </message>
    <message>
        <location filename="../../model/storage/registerstore.cpp" line="+182" />
        <source>request %1: %2</source>
        <translation>申请 %1：%2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>the register of %1 already has a request %2</source>
        <translation>%1 的登记台账中已有编号为 %2 的申请</translation>
    </message>
    <message>
        <location line="+49" />
        <source>table three of %1 for %2 was not counted again: %3</source>
        <translation>%1 %2 年度报告的表三未能重新统计：%3</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+27" />
        <source>there is no request %1 in the register</source>
        <translation>登记台账中没有申请 %1</translation>
    </message>
    <message>
        <location line="+84" />
        <source>switching table three back to typed figures needs a written reason</source>
        <translation>表三改回手工填报需要写明原因</translation>
    </message>
    <message>
        <location filename="../../model/storage/boardstore.cpp" line="+136" />
        <source>returning a report needs a written reason</source>
        <translation>退回报告须写明原因</translation>
    </message>
    <message>
        <location line="+10" />
        <source>there is no report %1</source>
        <translation>没有编号为 %1 的报告</translation>
    </message>
    <message>
        <location line="+44" />
        <source>the date of publication is not a valid date</source>
        <translation>发布日期不是有效日期</translation>
    </message>
    <message>
        <location line="+6" />
        <source>report %1 is not finalized; only a finalized report is published</source>
        <translation>报告 %1 尚未定稿；只有定稿的报告才能标记为已发布</translation>
    </message>
    <message>
        <location line="+6" />
        <source>report %1 was finalized on %2; it cannot have been published before, on %3</source>
        <translation>报告 %1 于 %2 定稿，发布日期不能早于定稿日期（%3）</translation>
    </message>
    <message>
        <location filename="../../model/storage/casestore.cpp" line="+30" />
        <source>case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../model/storage/agencydump.cpp" line="+165" />
        <source>there is no report of %1 in %2</source>
        <translation>%2 中没有 %1 的报告</translation>
    </message>
    <message>
        <location filename="../../model/storage/dialect.cpp" line="+34" />
        <source>the server address "%1" cannot be used: %2</source>
        <translation>服务器地址“%1”无法使用：%2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>write it as postgresql://user@host:port/database</source>
        <translation>请写成 postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it contains a password; put the password in ~/.pgpass (or the file named by PGPASSFILE, or a service file) instead, or leave it out to be asked for it</source>
        <translation>地址中含有密码；请把密码放在 ~/.pgpass（或 PGPASSFILE 指定的文件、服务文件）中，或不写密码，届时会询问</translation>
    </message>
    <message>
        <location line="+11" />
        <source>it contains a password option; use ~/.pgpass instead</source>
        <translation>地址中含有 password 选项；请改用 ~/.pgpass</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the option "%1" is not a libpq option</source>
        <translation>选项“%1”不是 libpq 的选项</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the port "%1" is not a number from 1 to 65535</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <location line="+9" />
        <source>it names no database (…/database at its end)</source>
        <translation>地址中没有数据库名（应以 …/数据库 结尾）</translation>
    </message>
    <message>
        <location line="+67" />
        <source>the database holds tables, but not Nianbao's (no table %1); it was left untouched</source>
        <translation>该数据库中已有其他程序的表（没有 %1 表），不是年报系统的数据库；未作任何改动</translation>
    </message>
    <message>
        <location filename="../../model/storage/serverlanes.cpp" line="+156" />
        <source>%1 is not on a server: lanes need a PostgreSQL server</source>
        <translation>%1 不在服务器上：分单位隔离需要 PostgreSQL 服务器</translation>
    </message>
    <message>
        <location line="+8" />
        <source>setting up %1 failed: %2; nothing was changed</source>
        <translation>设置 %1 失败：%2；未作任何改动</translation>
    </message>
    <message>
        <location line="+16" />
        <source>"%1" cannot be a role's name (1 to 63 characters, not pg_…)</source>
        <translation>“%1”不能用作角色名（1 至 63 个字符，不能以 pg_ 开头）</translation>
    </message>
    <message>
        <location line="+20" />
        <source>adding %1 to %2 failed: %3</source>
        <translation>向 %2 添加 %1 失败：%3</translation>
    </message>
    <message>
        <location filename="../../model/storage/serverstore.cpp" line="+67" />
        <source>a store on a PostgreSQL server has no backups of Nianbao's: the server is backed up with its own tools (pg_dump, or the site's backup), and restored with them</source>
        <translation>PostgreSQL 服务器上的数据库没有年报系统自己的备份：服务器用它自己的工具（pg_dump 或本单位的备份方案）备份和恢复</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the server %1 cannot be reached (%2); nothing is lost, the changes are kept and written when it is back</source>
        <translation>无法连接服务器 %1（%2）；修改不会丢失，已保留，服务器恢复后即写入</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Qt's PostgreSQL driver is not installed (Debian's package: libqt6sql6-psql); %1 cannot be opened</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql），无法打开 %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no Nianbao store in %1 (the database is empty)</source>
        <translation>%1 中没有年报数据（数据库是空的）</translation>
    </message>
</context>
<context>
    <name>nianbao::RequestListDialog</name>
    <message>
        <location filename="../../forms/requestlistdialog.cpp" line="+17" />
        <source>Requests behind the figure</source>
        <translation>此数对应的申请</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2 — %3 request(s) of the register counted here</source>
        <translation>%1：%2——计入此数的登记申请共 %3 件</translation>
    </message>
</context>
<context>
    <name>nianbao::RequestRegister</name>
    <message>
        <location filename="../../model/core/requestregister.cpp" line="+114" />
        <source>the request has no number</source>
        <translation>申请没有编号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no date of receipt</source>
        <translation>没有收到申请的日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>applicant type "%1" is not a column of table three (use natural, business, research, nonprofit, legal or other_org)</source>
        <translation>申请人类型“%1”不是表三的列（请用 natural、business、research、nonprofit、legal 或 other_org）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>outcome "%1" is not a row of table three (granted, partial, denied_1…8, unable_1…3, rejected_1…5, other_1…3)</source>
        <translation>办理结果“%1”不是表三的行（granted、partial、denied_1…8、unable_1…3、rejected_1…5、other_1…3）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>replied on %1 without an outcome</source>
        <translation>%1 已答复，但没有办理结果</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an outcome without the date of the reply</source>
        <translation>有办理结果，但没有答复日期</translation>
    </message>
    <message>
        <location line="+6" />
        <source>replied on %1, before it was received on %2</source>
        <translation>答复日期 %1 早于收到申请的日期 %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>补正 asked on %1, before the request was received</source>
        <translation>告知补正的日期 %1 早于收到申请的日期</translation>
    </message>
    <message>
        <location line="+3" />
        <source>third party consulted from %1, before the request was received</source>
        <translation>征求第三方意见的开始日期 %1 早于收到申请的日期</translation>
    </message>
    <message>
        <location line="+3" />
        <source>extended on %1, before the request was received</source>
        <translation>延长答复期限的日期 %1 早于收到申请的日期</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the corrected application is dated %1, without 补正 asked before it</source>
        <translation>收到补正申请的日期为 %1，但此前没有告知补正</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the third-party consultation ends on %1 without starting before it</source>
        <translation>征求第三方意见结束于 %1，但此前没有开始</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a withdrawn request is counted under 其他处理·其他 (other_3), not %1</source>
        <translation>申请人撤回的申请计入“其他处理·其他”（other_3），而不是 %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a negative fee</source>
        <translation>收费为负数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a request cannot be merged into itself</source>
        <translation>申请不能与自身合并处理</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewCases</name>
    <message>
        <location filename="../../model/core/reviewcases.cpp" line="+73" />
        <source>the case has no agency</source>
        <translation>案件没有所属机关</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" is not a column group of table four (review, suit_direct, suit_after_review)</source>
        <translation>“%1”不是表四的栏目（review、suit_direct、suit_after_review）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the year filed %1 is not a year from 2008 (the regulations) to 2200</source>
        <translation>立案年度 %1 不在 2008（条例施行）至 2200 之间</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is not a result of table four (upheld, corrected, other, pending)</source>
        <translation>“%1”不是表四的结果（upheld、corrected、other、pending）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a pending case has no date of decision</source>
        <translation>尚未审结的案件不应有审结日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>decided on %1, before the year it was filed (%2)</source>
        <translation>审结日期 %1 早于立案年度（%2）</translation>
    </message>
</context>
<context>
    <name>nianbao::ServerCommand</name>
    <message>
        <location filename="../../app/cli/servercommand.cpp" line="+23" />
        <source>  server init --db URL
      On a PostgreSQL server, as the database's owner: the schema, the roles
      nianbao_unit and nianbao_county and the row-level security policies
      that keep each unit in its own lane.
  server add-unit NAME --db URL [--level LEVEL] [--role ROLE] [--county-office]
      A sign-in role (default: NAME) that sees and changes only NAME's
      reports and register; --county-office: one that reads every unit's.
</source>
        <translation>  server init --db URL
      在 PostgreSQL 服务器上，由数据库所有者运行：建立数据表、角色
      nianbao_unit 和 nianbao_county，以及让各单位各自隔离的行级安全策略。
  server add-unit 名称 --db URL [--level 层级] [--role 角色] [--county-office]
      建立一个登录角色（默认与名称相同），只能查看和修改该单位的报告和登记；
      --county-office：可以查看所有单位报告的角色。
</translation>
    </message>
    <message>
        <location line="+17" />
        <source>name what to do: init, or add-unit NAME</source>
        <translation>请指明操作：init，或 add-unit 单位名称</translation>
    </message>
    <message>
        <location line="+15" />
        <source>unknown level "%1" (province, province_department, city, city_department, county, county_department, township, street)</source>
        <translation>未知的层级“%1”（province、province_department、city、city_department、county、county_department、township、street）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unexpected argument "%1"</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <location line="+3" />
        <source>add-unit needs the unit's name</source>
        <translation>add-unit 需要单位名称</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the schema, the roles nianbao_unit and nianbao_county and the row-level security policies are in place</source>
        <translation>%1：数据表、角色 nianbao_unit 和 nianbao_county 以及行级安全策略已就绪</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the role "%2" signs in for %3; give it a password with the server's tools (psql: \password "%2")</source>
        <translation>%1：角色“%2”代表 %3 登录；请用服务器自带的工具为它设置密码（psql：\password "%2"）</translation>
    </message>
</context>
<context>
    <name>nianbao::Spreadsheet</name>
    <message>
        <location filename="../../model/import/spreadsheet.cpp" line="+40" />
        <source>the sheet has values in row %1, past the %2 rows Nianbao reads</source>
        <translation>工作表第 %1 行有内容，超出了本软件读取的 %2 行</translation>
    </message>
    <message>
        <location line="+6" />
        <source>row %1 has a value in column %2, past the %3 columns Nianbao reads</source>
        <translation>第 %1 行第 %2 列有内容，超出了本软件读取的 %3 列</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the sheet has more than %1 cells, more than Nianbao reads</source>
        <translation>工作表超过 %1 个单元格，超出了本软件读取的上限</translation>
    </message>
    <message>
        <location line="+24" />
        <source>this is not a spreadsheet: it is neither an .xlsx workbook nor CSV text</source>
        <translation>这不是表格文件：既不是 .xlsx 工作簿，也不是 CSV 文本</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the CSV text is neither UTF-8 nor GBK/GB18030</source>
        <translation>CSV 文本既不是 UTF-8 编码，也不是 GBK/GB18030 编码</translation>
    </message>
    <message>
        <location line="+16" />
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+49" />
        <source>the sheet has more than %1 rows, more than Nianbao reads</source>
        <translation>工作表超过 %1 行，超出了本软件读取的上限</translation>
    </message>
    <message>
        <location line="+9" />
        <source>row %1: a quoted field is never closed (a 「"」 is missing)</source>
        <translation>第 %1 行：引号内的内容没有结束（缺少一个「"」）</translation>
    </message>
    <message>
        <location line="+31" />
        <source>the workbook cannot be opened (%1)</source>
        <translation>无法打开工作簿（%1）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the file is damaged or incomplete: it is not a readable .xlsx workbook (zip archive: %1)</source>
        <translation>文件已损坏或不完整，不是可读取的 .xlsx 工作簿（zip 压缩包：%1）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the workbook holds %1 files, more than the %2 an .xlsx workbook may have here</source>
        <translation>工作簿内含 %1 个文件，超过了 .xlsx 工作簿在此允许的 %2 个</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the workbook has no part %1</source>
        <translation>工作簿中没有 %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 in the workbook cannot be read (%2)</source>
        <translation>无法读取工作簿中的 %1（%2）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the file is damaged: %1 in the workbook cannot be read (%2)</source>
        <translation>文件已损坏：无法读取工作簿中的 %1（%2）</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 in the workbook unpacks to more than %2 MiB: the file is not an ordinary workbook (perhaps a zip bomb) and is not read</source>
        <translation>工作簿中的 %1 解压后超过 %2 MiB：这不是普通的工作簿（可能是“压缩炸弹”），不予读取</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 in the workbook is not UTF-8 XML, as workbooks write it</source>
        <translation>工作簿中的 %1 不是工作簿应有的 UTF-8 编码 XML</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+27" />
        <source>%1 in the workbook declares a DTD (entities), which workbooks never do; it is not read</source>
        <translation>工作簿中的 %1 声明了 DTD（实体），正常工作簿不会这样做，不予读取</translation>
    </message>
    <message>
        <location line="-18" />
        <source>%1 in the workbook is not XML</source>
        <translation>工作簿中的 %1 不是 XML</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 in the workbook is not well-formed XML (damaged file?)</source>
        <translation>工作簿中的 %1 不是格式正确的 XML（文件是否已损坏？）</translation>
    </message>
    <message>
        <location line="+153" />
        <source>this zip file is not an Excel workbook (it has no xl/workbook.xml)</source>
        <translation>这个 zip 文件不是 Excel 工作簿（没有 xl/workbook.xml）</translation>
    </message>
    <message>
        <location line="+25" />
        <source>the workbook has no sheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <location line="+61" />
        <source>the workbook has more than %1 texts, more than Nianbao reads</source>
        <translation>工作簿中的文字超过 %1 条，超出了本软件读取的上限</translation>
    </message>
    <message>
        <location line="+71" />
        <source>cell %1 refers to a text the workbook does not have (damaged file?)</source>
        <translation>单元格 %1 引用的文字在工作簿中不存在（文件是否已损坏？）</translation>
    </message>
    <message>
        <location line="+19" />
        <source>cell %1 holds 「%2」, which is not a date</source>
        <translation>单元格 %1 的内容「%2」不是日期</translation>
    </message>
    <message>
        <location line="+12" />
        <source>cell %1 holds 「%2」, which is not a number</source>
        <translation>单元格 %1 的内容「%2」不是数字</translation>
    </message>
    <message>
        <location line="+59" />
        <source>%1: a row is numbered 「%2」 (damaged file?)</source>
        <translation>%1：有一行的行号是「%2」（文件是否已损坏？）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: a cell is named 「%2」 (damaged file?)</source>
        <translation>%1：有一个单元格的名称是「%2」（文件是否已损坏？）</translation>
    </message>
    <message>
        <location line="+28" />
        <source>the sheet has more than %1 merged ranges</source>
        <translation>工作表中的合并单元格超过 %1 处</translation>
    </message>
    <message>
        <location line="+32" />
        <source>the workbook has no sheet %1 (it has %2: %3)</source>
        <translation>工作簿中没有第 %1 个工作表（共有 %2 个：%3）</translation>
    </message>
    <message>
        <location line="+75" />
        <location line="+43" />
        <source>the file has %1 bytes, more than the %2 MiB Nianbao reads</source>
        <translation>文件有 %1 字节，超过了本软件读取的 %2 MiB 上限</translation>
    </message>
    <message>
        <location line="-37" />
        <source>a CSV file has only one sheet</source>
        <translation>CSV 文件只有一个工作表</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+19" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-12" />
        <source>the text has %1 characters, more than Nianbao reads</source>
        <translation>文本有 %1 个字符，超过年报软件可读取的上限</translation>
    </message>
    <message>
        <location line="+16" />
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not a regular file (a folder, device, pipe or socket)</source>
        <translation>不是普通文件（是文件夹、设备、管道或套接字）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot be opened (%1)</source>
        <translation>无法打开（%1）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the file has more than the %1 MiB Nianbao reads</source>
        <translation>文件超过了本软件读取的 %1 MiB 上限</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this is an old Excel 97–2003 (.xls) file; open it in Excel, WPS or LibreOffice and save it as .xlsx</source>
        <translation>这是旧版 Excel 97–2003（.xls）文件；请用 Excel、WPS 或 LibreOffice 打开后另存为 .xlsx</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the file is damaged or not an .xlsx workbook (it is not a zip archive)</source>
        <translation>文件已损坏或不是 .xlsx 工作簿（不是 zip 压缩包）</translation>
    </message>
</context>
<context>
    <name>nianbao::StartPage</name>
    <message>
        <location filename="../../app/gui/startpage.cpp" line="+23" />
        <source>Annual reports on government information disclosure</source>
        <translation>政府信息公开工作年度报告</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+32" />
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deleted reports, to restore</source>
        <translation>已删除的报告，可恢复</translation>
    </message>
    <message>
        <location line="+1" />
        <source>County &amp;board…</source>
        <translation>县级汇总看板(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every unit's report of a year, and their summary (汇总)</source>
        <translation>各单位某一年度的报告及其汇总</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Request &amp;register…</source>
        <translation>依申请公开登记台账(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>依申请公开登记: the requests received, their deadlines</source>
        <translation>依申请公开登记：收到的申请及其答复期限</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deadline</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 — returned: %2</source>
        <translation>%1 — 已退回：%2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Request register: no open request is overdue or due within %1 working days.</source>
        <translation>依申请公开登记：没有逾期或 %1 个工作日内到期的申请。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Request register: overdue or due within %1 working days (%2)</source>
        <translation>依申请公开登记：逾期或 %1 个工作日内到期（%2 件）</translation>
    </message>
</context>
<context>
    <name>nianbao::Summary</name>
    <message>
        <location filename="../../model/board/summary.cpp" line="+103" />
        <source>the %1 report of %2 cannot be added up: %3</source>
        <translation>%2 的 %1 年度报告无法汇总：%3</translation>
    </message>
    <message>
        <location line="+9" />
        <source>there is no report of %1 to add up</source>
        <translation>没有 %1 年度的报告可以汇总</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none of the chosen units has a report of %1: %2</source>
        <translation>所选单位都没有 %1 年度的报告：%2</translation>
    </message>
    <message>
        <location filename="../../model/board/summaryexport.cpp" line="+109" />
        <source>%1: the summary is written as .xlsx, .csv or .pdf, not "%2"</source>
        <translation>%1：汇总表只能保存为 .xlsx、.csv 或 .pdf，不能是“%2”</translation>
    </message>
</context>
<context>
    <name>nianbao::TableEditor</name>
    <message>
        <location filename="../../forms/tableeditor.cpp" line="+239" />
        <source>This figure is counted from the request register. To type it, switch table three back to typed figures (登记台账 menu).</source>
        <translation>此数由登记台账统计得出。要手工填写，请先在“登记台账”菜单中将表三改回手工填报。</translation>
    </message>
    <message>
        <location line="+128" />
        <source>Paste refused: %1</source>
        <translation>未粘贴：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::WorkCalendar</name>
    <message>
        <location filename="../../model/core/workcalendar.cpp" line="+34" />
        <source>there is no holiday calendar for %1: working days cannot be counted (add resources/calendars/cn-%1.json from the State Council's notice)</source>
        <translation>没有 %1 年的节假日安排，无法计算工作日（请根据国务院办公厅的通知添加 resources/calendars/cn-%1.json）</translation>
    </message>
    <message>
        <location line="+29" />
        <source>holiday calendar: not a JSON object (%1)</source>
        <translation>节假日安排：不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>holiday calendar: "year" is missing or not a year</source>
        <translation>节假日安排：缺少“year”或其不是年份</translation>
    </message>
    <message>
        <location line="+4" />
        <source>holiday calendar: %1 is given twice</source>
        <translation>节假日安排：%1 年重复给出</translation>
    </message>
    <message>
        <location line="+14" />
        <source>holiday calendar %1: a holiday needs "name" and "from", "to" dates (YYYY-MM-DD) in that year, at most 16 days apart</source>
        <translation>%1 年节假日安排：每个假日需要“name”和该年内的“from”“to”日期（YYYY-MM-DD），前后不超过 16 天</translation>
    </message>
    <message>
        <location line="+15" />
        <source>holiday calendar %1: a workday needs "name" and a "date" in that year falling on a Saturday or Sunday</source>
        <translation>%1 年节假日安排：每个调休上班日需要“name”和该年内落在周六或周日的“date”</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+35" />
        <source>no date given</source>
        <translation>未填写日期</translation>
    </message>
    <message>
        <location line="-21" />
        <source>%1 working days is not a period that can be counted</source>
        <translation>%1 个工作日不是可以计算的期限</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 and %2 are too far apart to count working days</source>
        <translation>%1 与 %2 相隔太远，无法计算工作日</translation>
    </message>
</context>
<context>
    <name>nianbao::XlsxExport</name>
    <message>
        <location filename="../../model/render/xlsxexport.cpp" line="+74" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no temporary folder can be made (%1)</source>
        <translation>无法创建临时文件夹（%1）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the workbook cannot be made</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <location line="+33" />
        <source>row %1, column %2: the text has %3 characters, more than the %4 a cell of Excel holds</source>
        <translation>第 %1 行第 %2 列：文字有 %3 个字符，超过了 Excel 单元格最多容纳的 %4 个</translation>
    </message>
    <message>
        <location line="+14" />
        <source>row %1, column %2: %3 is not a number Excel can hold</source>
        <translation>第 %1 行第 %2 列：%3 不是 Excel 能保存的数字</translation>
    </message>
    <message>
        <location line="+11" />
        <source>row %1, column %2: 「%3」 is not a date Excel can hold</source>
        <translation>第 %1 行第 %2 列：「%3」不是 Excel 能保存的日期</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the sheet cannot be written (%1)</source>
        <translation>无法写入工作表（%1）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the workbook cannot be assembled (%1)</source>
        <translation>无法生成工作簿（%1）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the assembled workbook cannot be read back (%1)</source>
        <translation>无法读回生成的工作簿（%1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the workbook is larger than 256 MiB</source>
        <translation>工作簿超过 256 MiB</translation>
    </message>
</context>
<context>
    <name>nianbao::pdfmodule</name>
    <message>
        <location filename="../../model/pdf/pdfmodule.cpp" line="+43" />
        <source>The PDF module %1 could not be loaded: %2</source>
        <translation>无法加载 PDF 模块 %1：%2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The PDF module %1 is missing (looked in %2). Reinstall Nianbao.</source>
        <translation>缺少 PDF 模块 %1（已在 %2 中查找）。请重新安装 Nianbao。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The PDF module %1 lacks %2: %3</source>
        <translation>PDF 模块 %1 缺少 %2：%3</translation>
    </message>
    <message>
        <location line="+42" />
        <source>This build reads no PDF files.</source>
        <translation>此版本不能读取 PDF 文件。</translation>
    </message>
</context>
</TS>