<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PermitDialog</name>
    <message>
        <source>Pass or driver white-list request</source>
        <translation>通行证/司机白名单申请</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Enterprise</source>
        <translation>企业(&amp;E)</translation>
    </message>
    <message>
        <source>Type the name, credit code or pinyin initials</source>
        <translation>输入企业名称、信用代码或拼音首字母</translation>
    </message>
    <message>
        <source>&amp;Plate number</source>
        <translation>车牌号(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 渝A12345</source>
        <translation>如 渝A12345</translation>
    </message>
    <message>
        <source>&amp;Driver</source>
        <translation>驾驶员(&amp;D)</translation>
    </message>
    <message>
        <source>Driver&apos;s &amp;phone</source>
        <translation>驾驶员电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>通行线路(&amp;R)</translation>
    </message>
    <message>
        <source>From — to, e.g. 西彭园区—果园港</source>
        <translation>起点—终点，如 西彭园区—果园港</translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation>车辆数(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Applied on</source>
        <translation>申请日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Granted on</source>
        <translation>办结日期(&amp;G)</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>有效期至(&amp;U)</translation>
    </message>
</context>
<context>
    <name>liaison::AuditLog</name>
    <message>
        <source>it does not follow the entry before it: an entry was removed or changed</source>
        <translation>与前一条记录衔接不上：有记录被删除或改动</translation>
    </message>
    <message>
        <source>its contents were changed after it was written</source>
        <translation>写入后内容被改动</translation>
    </message>
    <message>
        <source>every entry was removed; this computer saw entry %1 on %2</source>
        <translation>全部记录均已被删除；本机曾于 %2 见到第 %1 条</translation>
    </message>
    <message>
        <source>the log begins with another entry than the one this computer saw on %1: the database was replaced or its log rewritten</source>
        <translation>日志的首条记录与本机于 %1 所见不同：数据库已被替换，或日志已被改写</translation>
    </message>
    <message>
        <source>it was removed, with any entry after it; this computer saw it on %1</source>
        <translation>该条及其后的记录均已被删除；本机曾于 %1 见到该条</translation>
    </message>
    <message>
        <source>it was rewritten after this computer saw it on %1</source>
        <translation>本机于 %1 见到该条之后，它已被改写</translation>
    </message>
</context>
<context>
    <name>liaison::AuditPage</name>
    <message>
        <source>created</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>镇街园区</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>区级部门</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>White-list batch</source>
        <translation>白名单批次</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>企业联系人</translation>
    </message>
    <message>
        <source>Duty assignment</source>
        <translation>包联责任</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problem timeline</source>
        <translation>问题办理记录</translation>
    </message>
    <message>
        <source>Extension request</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>Co-handling units</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Pass or driver application</source>
        <translation>通行证/司机白名单申请</translation>
    </message>
    <message>
        <source>Supply link</source>
        <translation>上下游配套</translation>
    </message>
    <message>
        <source>Staff transfer</source>
        <translation>人员转运</translation>
    </message>
    <message>
        <source>Production status</source>
        <translation>生产状态</translation>
    </message>
    <message>
        <source>Work calendar year</source>
        <translation>工作日历年度</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>任意编号</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录类别：</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>自：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>校验日志链</translation>
    </message>
    <message>
        <source>Check that no entry was changed or removed behind LiaisonDesk&apos;s back</source>
        <translation>检查是否有日志条目在本系统之外被改动或删除</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; narrow the filter to see older ones.</source>
        <translation>
            <numerusform>仅显示最新的 %n 条；缩小筛选范围可查看更早的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <translation>
            <numerusform>共 %n 条，按时间倒序排列。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1 of %2: %3. Someone changed the database outside LiaisonDesk; keep a copy of it and compare it with a backup.</source>
        <translation>审计日志在第 %1 条（共 %2 条）处断裂：%3。有人在本系统之外改动了数据库，请保留一份副本并与备份比对。</translation>
    </message>
    <message numerus="yes">
        <source>All %n entries are intact.</source>
        <translation>
            <numerusform>全部 %n 条日志完整无误。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::Backup</name>
    <message>
        <source>A PostgreSQL database is backed up on the server, with pg_dump; see the README.</source>
        <translation>PostgreSQL 数据库请在服务器上用 pg_dump 备份，详见 README。</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 已存在，请为备份另取文件名。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>无法将备份写入 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>无法将备份写入 %1。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a LiaisonDesk backup: not an SQLite database.</source>
        <translation>%1 不是本系统的备份：不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database.</source>
        <translation>无法将 %1 作为数据库打开。</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2).</source>
        <translation>%1 已损坏（完整性检查：%2）。</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <source>%1 is not a LiaisonDesk backup: it has no schema version.</source>
        <translation>%1 不是本系统的备份：没有数据结构版本。</translation>
    </message>
    <message>
        <source>%1 was made by a newer LiaisonDesk (schema %2); update the program first.</source>
        <translation>%1 由更新版本的包联企业服务台生成（数据结构版本 %2），请先升级程序。</translation>
    </message>
    <message>
        <source>The backup is the database itself; nothing was changed.</source>
        <translation>所选备份就是数据库本身，未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is open in another program (process %2): close LiaisonDesk on this computer, or wait for liaisonctl to finish, then restore again. Nothing was changed.</source>
        <translation>%1 正被另一个程序（进程 %2）打开：请先关闭本机上的 LiaisonDesk，或等待 liaisonctl 执行完毕，再重新恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 could not be set aside; nothing was changed.</source>
        <translation>无法将 %1 另行保存，未作任何改动。</translation>
    </message>
    <message>
        <source>%1 could not be written; the database is as it was.</source>
        <translation>无法写入 %1，数据库保持原样。</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be made.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The weekly backup %1 could not be written.</source>
        <translation>无法写入每周备份 %1。</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>今日备份未能完成：%1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is in %1.</source>
        <translation>今日备份已保存至 %1。</translation>
    </message>
</context>
<context>
    <name>liaison::Briefing</name>
    <message>
        <source>“%1” is not an ISO week; write it as YYYY-Www, e.g. 2022-W49.</source>
        <translation>“%1”不是有效的周次，请按 YYYY-Www 格式填写，如 2022-W49。</translation>
    </message>
    <message>
        <source>%1 has no week %2.</source>
        <translation>%1年没有第%2周。</translation>
    </message>
    <message>
        <source>The briefing&apos;s period needs a first and a last day.</source>
        <translation>简报的统计期间须有起始日和截止日。</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2).</source>
        <translation>统计期间的截止日（%1）早于起始日（%2）。</translation>
    </message>
    <message>
        <source>A briefing covers a year at most.</source>
        <translation>一期简报的统计期间不能超过一年。</translation>
    </message>
    <message>
        <source>The as-of date is not a real calendar date.</source>
        <translation>截至日期不是有效日期。</translation>
    </message>
    <message>
        <source>The as-of day (%1) is before the period begins (%2).</source>
        <translation>统计截至日（%1）早于统计期间起始日（%2）。</translation>
    </message>
    <message>
        <source>No enterprises, visits or problems are recorded up to %1: there is nothing to report.</source>
        <translation>截至%1，尚无企业、走访或问题记录，暂无可报送内容。</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date in the briefing&apos;s text</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date in the briefing&apos;s text</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>As of %1, all %2 above-size industrial enterprises directly managed by the district were back in production, a resumption rate of %3</source>
        <translation>截至%1，全区直管的%2家规上工业企业复工复产率达%3</translation>
    </message>
    <message>
        <source>As of %1, %2 of the %3 above-size industrial enterprises directly managed by the district were back in production, a resumption rate of %4</source>
        <translation>截至%1，全区直管的%3家规上工业企业中已有%2家复工复产，复工复产率达%4</translation>
    </message>
    <message>
        <source>; all %1 enterprises about to be upgraded are producing too</source>
        <translation>，%1家拟升规企业同步实现复产</translation>
    </message>
    <message>
        <source>; %1 of the %2 enterprises about to be upgraded are producing</source>
        <translation>，%2家拟升规企业中已有%1家复产</translation>
    </message>
    <message numerus="yes">
        <source>; %1 enterprises are on the district&apos;s white-list in %n batch(es)</source>
        <translation>
            <numerusform>，%1家企业分%n批纳入区级白名单</numerusform>
        </translation>
    </message>
    <message>
        <source>. </source>
        <translation>。</translation>
    </message>
    <message>
        <source>%1 problems of enterprises have been coordinated and resolved so far</source>
        <translation>累计协调解决企业问题%1个</translation>
    </message>
    <message>
        <source>%1 problems of enterprises, such as %2, have been coordinated and resolved so far</source>
        <translation>累计协调解决企业生产生活%2等问题%1个</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>; %1 transport passes were obtained for enterprises and %2 applications put drivers of key industrial enterprises&apos; freight on the white-list</source>
        <translation>；协助企业办理通行证%1个、重点工业企业货物运输司机纳入“白名单”管理申请%2条</translation>
    </message>
    <message>
        <source>; %1 people were transferred, %2 staff helped back to work, %3 work in closed-loop production, and capacity utilisation stands at %4%.</source>
        <translation>；协调转运涉疫人员%1人，帮助员工返岗%2人，%3人闭环生产，产能利用率达%4%。</translation>
    </message>
    <message>
        <source>; %1 staff went back to work with their help and %2 people were transferred</source>
        <translation>；帮助员工返岗%1人，协调转运人员%2人</translation>
    </message>
    <message>
        <source>; they obtained %1 transport passes and filed %2 driver white-list applications for enterprises.</source>
        <translation>；协助企业办理通行证%1个，受理货运司机“白名单”申请%2条。</translation>
    </message>
    <message>
        <source>As of %1 no open problem is under red or yellow supervision or waiting to be escalated.</source>
        <translation>截至%1，无红色、黄色督办或待提级协调的问题。</translation>
    </message>
    <message>
        <source>As of %1, %2 problems need coordinating: %3 under red supervision and %4 under yellow supervision; %5 of them are to be escalated. They are:</source>
        <translation>截至%1，需重点协调的问题共%2个，其中红色督办%3个、黄色督办%4个；需提级协调的%5个。具体如下：</translation>
    </message>
    <message>
        <source>On %1</source>
        <comment>the days the period&apos;s figures count, opening a sentence</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <comment>the days the period&apos;s figures count, opening a sentence</comment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>%1 no visit to an enterprise was recorded</source>
        <translation>%1，未记录走访企业情况</translation>
    </message>
    <message>
        <source>%1 liaison staff visited enterprises %2 times and reached %3 of the %4 enterprises on the register (%5)</source>
        <translation>%1，各包联责任人走访企业%2家次，覆盖企业%3家，占在册企业%4家的%5</translation>
    </message>
    <message>
        <source>%1 enterprises raised %2 new problems and %3 were resolved. As of %4, %5 problems have been collected in all and %6 resolved (%7); %8 are still being coordinated: %9 by towns, streets and parks, %10 by district departments and %11 by district leaders.</source>
        <translation>%1，新收集企业反映问题%2个，协调解决%3个。截至%4，累计收集问题%5个，已解决%6个，解决率%7；尚在协调%8个，其中镇街园区层面%9个、区级部门层面%10个、区领导层面%11个。</translation>
    </message>
</context>
<context>
    <name>liaison::BriefingDocument</name>
    <message>
        <source>Liaison service to the district&apos;s above-size industrial enterprises</source>
        <translation>全区规上工业企业包联服务工作情况</translation>
    </message>
    <message>
        <source>Liaison service to the above-size industrial enterprises of %1</source>
        <translation>%1规上工业企业包联服务工作情况</translation>
    </message>
    <message>
        <source>The briefing cannot be printed: the printer is not ready.</source>
        <translation>简报无法打印：打印机未就绪。</translation>
    </message>
    <message>
        <source>The briefing cannot be printed: no new page.</source>
        <translation>简报无法打印：无法新建页面。</translation>
    </message>
    <message>
        <source>The briefing cannot be printed: the printer failed.</source>
        <translation>简报无法打印：打印出错。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Work Briefing</source>
        <comment>the red masthead</comment>
        <translation>工作简报</translation>
    </message>
    <message>
        <source>No. %1</source>
        <comment>issue number under the masthead</comment>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <comment>under the masthead</comment>
        <translation>%1编</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>the period under the title</comment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>(%1; figures as of %2)</source>
        <translation>（%1，数据截至%2）</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Figure %1  %2</source>
        <translation>图%1  %2</translation>
    </message>
    <message>
        <source>I. Overall situation</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source>Table %1  Main figures as of %2</source>
        <translation>表%1  主要指标（截至%2）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Directly managed above-size enterprises</source>
        <translation>区直管规上工业企业</translation>
    </message>
    <message>
        <source>Back in production</source>
        <translation>已复工复产企业</translation>
    </message>
    <message>
        <source>Resumption rate</source>
        <translation>复工复产率</translation>
    </message>
    <message>
        <source>Capacity utilisation</source>
        <translation>产能利用率</translation>
    </message>
    <message>
        <source>Problems collected</source>
        <translation>累计收集问题</translation>
    </message>
    <message>
        <source>Problems resolved</source>
        <translation>已解决问题</translation>
    </message>
    <message>
        <source>Problems being coordinated</source>
        <translation>尚在协调问题</translation>
    </message>
    <message>
        <source>Visits to enterprises</source>
        <translation>累计走访企业（家次）</translation>
    </message>
    <message>
        <source>Transport passes</source>
        <translation>办理通行证</translation>
    </message>
    <message>
        <source>Driver white-list applications</source>
        <translation>司机白名单申请</translation>
    </message>
    <message>
        <source>Staff back at work</source>
        <translation>员工返岗</translation>
    </message>
    <message>
        <source>Staff in closed-loop production</source>
        <translation>闭环生产人员</translation>
    </message>
    <message>
        <source>Problems coordinated and resolved, cumulative</source>
        <translation>企业问题累计协调与解决情况</translation>
    </message>
    <message>
        <source>II. This week&apos;s work</source>
        <translation>二、本周工作</translation>
    </message>
    <message>
        <source>III. Coordinating problems</source>
        <translation>三、问题协调</translation>
    </message>
    <message>
        <source>Table %1  Problems by category</source>
        <translation>表%1  问题分类办理情况</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Raised this week</source>
        <translation>本周新增</translation>
    </message>
    <message>
        <source>Resolved this week</source>
        <translation>本周解决</translation>
    </message>
    <message>
        <source>Raised to date</source>
        <translation>累计收集</translation>
    </message>
    <message>
        <source>Resolved to date</source>
        <translation>累计解决</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>尚在协调</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Table %1  Problems by tier</source>
        <translation>表%1  各层级问题办理情况</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Problems by category, resolved and open</source>
        <translation>各类问题办理情况</translation>
    </message>
    <message>
        <source>IV. Key problems to coordinate</source>
        <translation>四、需协调的重点问题</translation>
    </message>
    <message>
        <source>Table %1  Key problems to coordinate</source>
        <translation>表%1  需协调的重点问题清单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位及责任人</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办等级</translation>
    </message>
    <message>
        <source>Working days overdue</source>
        <translation>超期工作日</translation>
    </message>
    <message>
        <source>to escalate</source>
        <translation>待提级</translation>
    </message>
    <message>
        <source>Editor: %1</source>
        <translation>责编：%1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <comment>date of issue in the closing block</comment>
        <translation>%1印发</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
</context>
<context>
    <name>liaison::BriefingMasthead</name>
    <message>
        <source>Economy and Information Commission</source>
        <comment>issuing office of the briefing</comment>
        <translation>经济和信息化委员会</translation>
    </message>
    <message>
        <source>District %1</source>
        <comment>issuing office without a district</comment>
        <translation>区%1</translation>
    </message>
</context>
<context>
    <name>liaison::BriefingPage</name>
    <message>
        <source>Any day of the week to report</source>
        <translation>所报周内任一日期</translation>
    </message>
    <message>
        <source>Save Excel workbook…</source>
        <translation>保存 Excel 工作簿…</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>报送周</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1（%2至%3）</translation>
    </message>
    <message>
        <source>Save Excel workbook</source>
        <translation>保存 Excel 工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The figures count what was recorded up to the end of this day</source>
        <translation>数据统计截至当日24时</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>打印简报</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>liaison::BriefingWorkbook</name>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Issue number</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Directly managed above-size enterprises</source>
        <translation>区直管规上工业企业</translation>
    </message>
    <message>
        <source>of which in production</source>
        <translation>其中已复工复产（家）</translation>
    </message>
    <message>
        <source>Resumption rate (%)</source>
        <translation>复工复产率（%）</translation>
    </message>
    <message>
        <source>Enterprises about to be upgraded</source>
        <translation>拟升规企业</translation>
    </message>
    <message>
        <source>White-listed enterprises</source>
        <translation>白名单企业</translation>
    </message>
    <message>
        <source>Problems registered to date</source>
        <translation>累计登记问题（个）</translation>
    </message>
    <message>
        <source>Problems resolved to date</source>
        <translation>累计解决问题（个）</translation>
    </message>
    <message>
        <source>Problems open</source>
        <translation>未办结问题</translation>
    </message>
    <message>
        <source>Transport passes to date</source>
        <translation>累计办理通行证（个）</translation>
    </message>
    <message>
        <source>Driver white-list applications to date</source>
        <translation>累计司机白名单申请（条）</translation>
    </message>
    <message>
        <source>People transferred to date</source>
        <translation>累计转运涉疫人员（人）</translation>
    </message>
    <message>
        <source>Staff helped back to work to date</source>
        <translation>累计帮助员工返岗（人）</translation>
    </message>
    <message>
        <source>Staff in closed-loop production</source>
        <translation>闭环生产人员</translation>
    </message>
    <message>
        <source>Capacity utilisation (%)</source>
        <translation>产能利用率（%）</translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation>本期走访（次）</translation>
    </message>
    <message>
        <source>Enterprises visited in the period</source>
        <translation>本期走访企业（家）</translation>
    </message>
    <message>
        <source>Problems raised in the period</source>
        <translation>本期反映问题（个）</translation>
    </message>
    <message>
        <source>Problems resolved in the period</source>
        <translation>本期解决问题（个）</translation>
    </message>
    <message>
        <source>Passes in the period</source>
        <translation>本期办理通行证（个）</translation>
    </message>
    <message>
        <source>Driver applications in the period</source>
        <translation>本期司机白名单申请（条）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>具体情况</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>反映日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Town/street/park</source>
        <translation>镇街园区</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <source>Production seen</source>
        <translation>生产状态</translation>
    </message>
    <message>
        <source>Staff on site</source>
        <translation>在岗人数</translation>
    </message>
    <message>
        <source>Staff returned</source>
        <translation>返岗人数</translation>
    </message>
    <message>
        <source>Closed loop</source>
        <translation>闭环生产人数</translation>
    </message>
    <message>
        <source>Capacity (%)</source>
        <translation>产能利用率（%）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Raised in the period</source>
        <translation>本期反映</translation>
    </message>
    <message>
        <source>Resolved in the period</source>
        <translation>本期解决</translation>
    </message>
    <message>
        <source>Raised to date</source>
        <translation>累计反映</translation>
    </message>
    <message>
        <source>Resolved to date</source>
        <translation>累计解决</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>无法写入工作簿 %1：%2</translation>
    </message>
    <message>
        <source>Overview</source>
        <comment>sheet name</comment>
        <translation>概况</translation>
    </message>
    <message>
        <source>Problems</source>
        <comment>sheet name</comment>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Visits</source>
        <comment>sheet name</comment>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>By category</source>
        <comment>sheet name</comment>
        <translation>分类统计</translation>
    </message>
</context>
<context>
    <name>liaison::CalendarCommand</name>
    <message>
        <source>Write: liaisonctl calendar %1</source>
        <translation>用法：liaisonctl calendar %1</translation>
    </message>
    <message>
        <source>“calendar” needs an action: is-workday, add-workdays, workdays-between or add-year.</source>
        <translation>“calendar”命令需要指定操作：is-workday、add-workdays、workdays-between 或 add-year。</translation>
    </message>
    <message>
        <source>Unknown calendar action “%1”.</source>
        <translation>未知的日历操作“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是有效日期，请按“年-月-日”（YYYY-MM-DD）填写。</translation>
    </message>
    <message>
        <source>“%1” is not a number of working days (0 to 3650).</source>
        <translation>“%1”不是有效的工作日天数（0至3650）。</translation>
    </message>
    <message>
        <source>There is no official holiday schedule for %1: only weekends were counted as days off (an administrator can add it with “liaisonctl calendar add-year”).</source>
        <translation>缺少%1年的法定节假日安排，仅按周末计算休息日（管理员可用“liaisonctl calendar add-year”补充）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON calendar file: %2 at byte %3.</source>
        <translation>%1 不是 JSON 格式的日历文件：第%3字节处%2。</translation>
    </message>
    <message>
        <source>Stored the holiday schedule of %1.</source>
        <translation>已保存%1年的节假日安排。</translation>
    </message>
</context>
<context>
    <name>liaison::CalendarStore</name>
    <message>
        <source>The calendar file has no “years” object; it must be laid out like the shipped cn-holidays.json.</source>
        <translation>日历文件中没有“years”对象，格式应与随程序提供的 cn-holidays.json 相同。</translation>
    </message>
    <message>
        <source>“%1” in the calendar file is not a year.</source>
        <translation>日历文件中的“%1”不是年份。</translation>
    </message>
    <message>
        <source>Year %1 of the calendar file: “%2” in “%3” is not a date (YYYY-MM-DD).</source>
        <translation>日历文件%1年：“%3”中的“%2”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Year %1 of the calendar file lists %2, which is not in or next to that year.</source>
        <translation>日历文件%1年列出了%2，该日期不在当年或相邻年份内。</translation>
    </message>
    <message>
        <source>Year %1 of the calendar file lists %2 twice.</source>
        <translation>日历文件%1年重复列出了%2。</translation>
    </message>
</context>
<context>
    <name>liaison::CategoryService</name>
    <message>
        <source>A deadline is %1 to %2 working days; %3 is outside that.</source>
        <translation>办结时限应为%1至%2个工作日，%3超出此范围。</translation>
    </message>
    <message>
        <source>“%1” is not a problem category.</source>
        <translation>“%1”不是问题类别。</translation>
    </message>
</context>
<context>
    <name>liaison::CommandArguments</name>
    <message>
        <source>Unknown option “%1” for “%2”.</source>
        <translation>“%2”命令不接受选项“%1”。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
</context>
<context>
    <name>liaison::ConnectionSettings</name>
    <message>
        <source>Choose the database file.</source>
        <translation>请选择数据库文件。</translation>
    </message>
    <message>
        <source>The server&apos;s host name or address is required.</source>
        <translation>服务器主机名或地址不能为空。</translation>
    </message>
    <message>
        <source>“%1” is not a host name or address.</source>
        <translation>“%1”不是有效的主机名或地址。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>端口应为1至65535之间的数字。</translation>
    </message>
    <message>
        <source>The database name is required.</source>
        <translation>数据库名称不能为空。</translation>
    </message>
    <message>
        <source>The database name cannot contain “/”.</source>
        <translation>数据库名称不能包含“/”。</translation>
    </message>
</context>
<context>
    <name>liaison::ContactImporter</name>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>the same contact of the same enterprise as line %1</source>
        <translation>与第%1行为同一企业的同一联系人</translation>
    </message>
</context>
<context>
    <name>liaison::CreditCode</name>
    <message>
        <source>The unified social credit code is required.</source>
        <translation>统一社会信用代码不能为空。</translation>
    </message>
    <message>
        <source>The unified social credit code “%1” has %2 characters; it must have 18.</source>
        <translation>统一社会信用代码“%1”为%2位，应为18位。</translation>
    </message>
    <message>
        <source>The unified social credit code “%1” has “%2” in place %3; only digits and the capital letters A–Y without I, O, S, V and Z are used.</source>
        <translation>统一社会信用代码“%1”第%3位为“%2”；代码只使用数字和大写字母（不含I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>The unified social credit code “%1” must have the administrative division code (six digits) in places 3 to 8.</source>
        <translation>统一社会信用代码“%1”第3至8位应为6位数字的登记管理机关行政区划码。</translation>
    </message>
    <message>
        <source>The unified social credit code “%1” is not valid: its check character is “%2”, it should be “%3”. Check the code for a typing error.</source>
        <translation>统一社会信用代码“%1”校验不通过：校验码为“%2”，应为“%3”。请核对是否录入有误。</translation>
    </message>
</context>
<context>
    <name>liaison::CsvReader</name>
    <message>
        <source>Line %1: a quoted field must end at a comma or at the end of the line.</source>
        <translation>第%1行：带引号的字段应在逗号或行尾结束。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第%1行：带引号的字段缺少结束引号。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件为空：没有表头行。</translation>
    </message>
</context>
<context>
    <name>liaison::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>liaison::CtlApplication</name>
    <message>
        <source>Try “liaisonctl --help” for the commands and options.</source>
        <translation>使用“liaisonctl --help”查看命令和选项。</translation>
    </message>
    <message>
        <source>Usage: liaisonctl [--db PATH|postgresql://user@host:port/db] [--user NAME] COMMAND ...</source>
        <translation>用法：liaisonctl [--db 路径|postgresql://用户@主机:端口/数据库] [--user 用户名] 命令 ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>create the database, or upgrade it to this version</source>
        <translation>创建数据库，或将其升级到当前版本</translation>
    </message>
    <message>
        <source>fill an empty database with the reference scenario</source>
        <translation>向空数据库载入参考场景数据</translation>
    </message>
    <message>
        <source>the headline figures as of a date (default: today)</source>
        <translation>截至某日的主要数据（默认为今天）</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>the database (default: %1; or LIAISON_DB)</source>
        <translation>数据库（默认：%1；也可用 LIAISON_DB 指定）</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本号</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 failed, 2 usage error, 3 permission denied, 4 conflict.</source>
        <translation>退出状态：0 成功，1 失败，2 用法错误，3 无权操作，4 数据冲突。</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>“init” takes no arguments, but “%1” was given.</source>
        <translation>“init”不接受参数，但给出了“%1”。</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation>数据库 %1 已就绪（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Unknown argument “%1” for “demo”.</source>
        <translation>“demo”命令不接受参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown scenario “%1”; the scenario available is %2.</source>
        <translation>未知场景“%1”；可用的场景为 %2。</translation>
    </message>
    <message>
        <source>Loaded the scenario %1 into %2 in %3 s.</source>
        <translation>已将场景 %1 载入 %2，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Unknown argument “%1” for “stats”.</source>
        <translation>“stats”命令不接受参数“%1”。</translation>
    </message>
    <message>
        <source>--as-of: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--as-of：“%1”不是有效日期，请按“年-月-日”（YYYY-MM-DD）填写。</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Directly managed above-size enterprises</source>
        <translation>区直管规上工业企业</translation>
    </message>
    <message>
        <source>  of which in production</source>
        <translation>  其中已复工复产</translation>
    </message>
    <message>
        <source>Resumption rate</source>
        <translation>复工复产率</translation>
    </message>
    <message>
        <source>Enterprises about to be upgraded</source>
        <translation>拟升规企业</translation>
    </message>
    <message>
        <source>White-listed enterprises</source>
        <translation>白名单企业</translation>
    </message>
    <message>
        <source>%1 in %2 batches</source>
        <translation>%1家（共%2批）</translation>
    </message>
    <message>
        <source>Problems registered</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <source>  resolved</source>
        <translation>  已办结</translation>
    </message>
    <message>
        <source>  open</source>
        <translation>  未办结</translation>
    </message>
    <message>
        <source>Transport passes issued</source>
        <translation>办理通行证</translation>
    </message>
    <message>
        <source>Driver white-list applications</source>
        <translation>司机白名单申请</translation>
    </message>
    <message>
        <source>People transferred</source>
        <translation>转运涉疫人员</translation>
    </message>
    <message>
        <source>Staff helped back to work</source>
        <translation>协助员工返岗</translation>
    </message>
    <message>
        <source>Staff in closed-loop production</source>
        <translation>闭环生产人员</translation>
    </message>
    <message>
        <source>Capacity utilisation</source>
        <translation>产能利用率</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure of the stats output</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>true or false: is the day a working day</source>
        <translation>判断该日是否为工作日（true 或 false）</translation>
    </message>
    <message>
        <source>the date N working days after DATE</source>
        <translation>日期 DATE 之后第 N 个工作日</translation>
    </message>
    <message>
        <source>working days after A up to B</source>
        <translation>A 之后至 B（含）的工作日天数</translation>
    </message>
    <message>
        <source>store or correct holiday schedules (the cn-holidays.json layout)</source>
        <translation>保存或更正节假日安排（cn-holidays.json 格式）</translation>
    </message>
    <message>
        <source>the problem workflow; “liaisonctl issue --help” for more</source>
        <translation>问题办理流程；详见“liaisonctl issue --help”</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>the daily series and the breakdowns (default: the 30 days up to the as-of day)</source>
        <translation>逐日数据及分类统计（默认为截至日前30天）</translation>
    </message>
    <message>
        <source>Date        Coordinated  Resolved  Resumption  Capacity  Visits  Passes  Drivers</source>
        <translation>日期        累计协调    累计解决  复工复产率  产能利用率  走访  通行证  司机白名单</translation>
    </message>
    <message>
        <source>--from and --to go with --series.</source>
        <translation>--from 和 --to 须与 --series 同用。</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1：“%2”不是有效日期，请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <source>Unknown argument “%1” for “briefing”.</source>
        <translation>“briefing”命令不接受参数“%1”。</translation>
    </message>
    <message>
        <source>Give either --week or --from and --to, not both.</source>
        <translation>请指定 --week，或同时指定 --from 和 --to，二者不能同用。</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from 和 --to 须同时指定。</translation>
    </message>
    <message>
        <source>--from and --to take dates written YYYY-MM-DD.</source>
        <translation>--from 和 --to 的日期须按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <source>This liaisonctl was built without the widget library and cannot write PDF; use --json or --xlsx.</source>
        <translation>此 liaisonctl 构建时未包含界面库，无法输出 PDF，请改用 --json 或 --xlsx。</translation>
    </message>
    <message>
        <source>Say how to write the briefing: --pdf FILE, --xlsx FILE or --json.</source>
        <translation>请指定简报输出方式：--pdf 文件、--xlsx 文件或 --json。</translation>
    </message>
    <message>
        <source>the weekly briefing as an A4 PDF, an Excel workbook or JSON (default: this week)</source>
        <translation>输出工作简报：A4 PDF、Excel 工作簿或 JSON（默认为本周）</translation>
    </message>
    <message>
        <source>The fonts %1 are not installed (Debian packages fonts-noto-cjk and fonts-liberation2); the PDF uses others.</source>
        <translation>未安装字体 %1（Debian 软件包 fonts-noto-cjk、fonts-liberation2），PDF 将改用其他字体。</translation>
    </message>
    <message>
        <source>Creates the database, or upgrades it to this version. A database that is already current is left as it is.</source>
        <translation>创建数据库，或将其升级到本版本。已是当前版本的数据库保持不变。</translation>
    </message>
    <message>
        <source>The headline figures as of a day (default: today). With --series, the figures of every day from --from to --to (default: the 30 days up to the as-of day) and the breakdowns the dashboard draws.</source>
        <translation>截至某日的主要指标（默认为今天）。加 --series 时，输出 --from 至 --to 每日的指标（默认为截至日前30天）及工作台图表所用的分类统计。</translation>
    </message>
    <message>
        <source>The weekly briefing (default: this week; a past week as it stood at its end): an A4 PDF laid out after GB/T 9704-2012, an Excel workbook, or its figures as JSON; several may be given together. --district, --office and --editor set the masthead instead of the one saved in Settings. No display is needed.</source>
        <translation>工作简报（默认为本周；以往各周按该周结束时的情况统计）：按 GB/T 9704-2012 版式排版的 A4 PDF、Excel 工作簿或 JSON 格式的数据，可同时指定多种。--district、--office 和 --editor 可替代“设置”中保存的版头信息。无需图形界面。</translation>
    </message>
    <message>
        <source>Working days after the State Council&apos;s holiday calendar: whether a day is a working day, the day N working days later, the working days after A up to B; add-year stores or corrects the schedules of a file laid out like cn-holidays.json.</source>
        <translation>按国务院办公厅节假日安排计算工作日：某日是否为工作日、N 个工作日后的日期、A 之后至 B 的工作日数；add-year 按 cn-holidays.json 格式的文件保存或更正节假日安排。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>the file as read, without checking it</source>
        <translation>按读取结果显示文件内容，不作校验</translation>
    </message>
    <message>
        <source>an empty file with the recognised headers</source>
        <translation>生成只含可识别表头的空白模板</translation>
    </message>
    <message>
        <source>as .csv (UTF-8 for Excel) or .xlsx</source>
        <translation>导出为 .csv（UTF-8，Excel 可直接打开）或 .xlsx</translation>
    </message>
    <message>
        <source>check every row of a CSV, .xlsx or .ods file and import all of it or nothing (KIND: enterprises, contacts, duties, visits, issues)</source>
        <translation>逐行校验 CSV、.xlsx 或 .ods 文件，全部导入或全部不导入（KIND：enterprises 企业、contacts 联系人、duties 包联责任、visits 走访、issues 问题）</translation>
    </message>
    <message>
        <source>Reads a CSV file as Excel or WPS write it: UTF-8 with or without a byte-order mark, or GB18030 (GBK) without one (--encoding overrides the detection), or the first sheet of an .xlsx or .ods workbook. Headers are recognised in Chinese and English (企业名称, 统一社会信用代码, 所属镇街, 行业 …); --map names the field of any other column, or “-” to leave it out. Every row is checked, and the enterprises, areas, departments and people it names must be registered. An enterprise whose credit code is registered is updated, as is a contact of the same name at the same enterprise; a duty assignment that differs from the one in force hands it over. Anything invalid is reported by line and column, and then nothing is written (exit status 1). --dry-run checks only. KIND: enterprises, contacts, duties, visits, issues.</source>
        <translation>读取 Excel 或 WPS 保存的 CSV 文件：带或不带字节顺序标记的 UTF-8，或不带标记的 GB18030（GBK）（可用 --encoding 指定编码，不再自动识别），也可读取 .xlsx 或 .ods 工作簿的第一张工作表。表头可用中文或英文（企业名称、统一社会信用代码、所属镇街、行业……）；其他列可用 --map 指定对应字段，写“-”表示不导入该列。逐行校验，行中所填企业、镇街园区、部门和人员须已登记。统一社会信用代码已登记的企业予以更新，同一企业的同名联系人亦予以更新；与现行包联责任不同的行视为责任交接。有任何错误即按行、列列出，且不写入任何数据（退出状态 1）。--dry-run 只校验不写入。KIND：enterprises、contacts、duties、visits、issues。</translation>
    </message>
    <message>
        <source>Writes every record of the kind, with the headers import recognises: CSV in UTF-8 with a byte-order mark (so that Excel opens it right), or an Excel workbook. KIND: enterprises, contacts, duties (the assignments in force), visits, issues.</source>
        <translation>导出该类全部记录，表头与导入时可识别的一致：带字节顺序标记的 UTF-8 CSV（Excel 可正确打开），或 Excel 工作簿。KIND：enterprises、contacts、duties（现行包联责任）、visits、issues。</translation>
    </message>
    <message>
        <source>Fields, as --map names them:</source>
        <translation>字段（--map 中的写法）：</translation>
    </message>
    <message>
        <source>check that no entry of the audit log was changed or removed</source>
        <translation>核验审计日志有无记录被改动或删除</translation>
    </message>
    <message>
        <source>Walks the audit log&apos;s chain of entries: each entry&apos;s hash covers its contents and the entry before it. Says how many entries there are, or names the first entry that was changed or removed behind the program&apos;s back (exit status 1).</source>
        <translation>逐条核验审计日志的哈希链：每条记录的哈希值涵盖其内容和前一条记录。核验无误时给出记录总数；否则指出第一条绕过本程序被改动或删除的记录（退出状态 1）。</translation>
    </message>
    <message>
        <source>Write it as: audit verify</source>
        <translation>用法：audit verify</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1 of %2: %3.</source>
        <translation>审计日志共 %2 条，第 %1 条记录异常：%3。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s %n entries are intact.</source>
        <translation>
            <numerusform>审计日志 %n 条记录完整无误。</numerusform>
        </translation>
    </message>
    <message>
        <source>a checked copy of the SQLite database, taken while it is in use</source>
        <translation>在使用中为 SQLite 数据库制作经过校验的副本</translation>
    </message>
    <message>
        <source>replace the SQLite database with a checked backup, keeping the old one</source>
        <translation>以校验无误的备份替换 SQLite 数据库，原数据库另行保留</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the SQLite database to FILE, which must not exist yet, even while LiaisonDesk or another liaisonctl is writing to it; the copy is checked (integrity_check, schema) before it is kept. PostgreSQL is backed up with pg_dump.</source>
        <translation>将 SQLite 数据库的一致副本写入 FILE（该文件不得已存在），即使包联企业服务台或其他 liaisonctl 正在写入也可进行；副本经校验（integrity_check、数据结构版本）后才予保留。PostgreSQL 请用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>Replaces the SQLite database with the backup FILE after checking it: a file that is not a sound LiaisonDesk database changes nothing. The database as it was is kept next to it, named with the date and time. Close LiaisonDesk on this database first.</source>
        <translation>先校验备份 FILE，再用它替换 SQLite 数据库：文件不是完好的本系统数据库时，不作任何改动。原数据库保留在同一目录，文件名注明日期和时间。请先关闭使用该数据库的包联企业服务台。</translation>
    </message>
    <message>
        <source>Write it as: backup FILE</source>
        <translation>用法：backup FILE</translation>
    </message>
    <message>
        <source>Backed up %1 to %2, checked.</source>
        <translation>已将 %1 备份至 %2，并校验无误。</translation>
    </message>
    <message>
        <source>Write it as: restore FILE</source>
        <translation>用法：restore FILE</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored on the server, with pg_restore; see the README.</source>
        <translation>PostgreSQL 数据库请在服务器上用 pg_restore 恢复，详见 README。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the database as it was is kept as %3.</source>
        <translation>已从 %2 恢复 %1；原数据库保留为 %3。</translation>
    </message>
    <message>
        <source>the users and their passwords; “liaisonctl user --help” for more</source>
        <translation>用户及其密码；详见“liaisonctl user --help”</translation>
    </message>
    <message>
        <source>who is acting (or LIAISON_USER); the password comes from LIAISON_PASSWORD or is asked for</source>
        <translation>操作用户（或 LIAISON_USER）；密码取自 LIAISON_PASSWORD，未设置时提示输入</translation>
    </message>
    <message>
        <source>%1 has no users yet; create the first administrator with: liaisonctl init --user NAME</source>
        <translation>%1 尚无用户；请先创建管理员：liaisonctl init --user 用户名</translation>
    </message>
    <message>
        <source>Say who you are with --user NAME (or LIAISON_USER); the password comes from LIAISON_PASSWORD or is asked for.</source>
        <translation>请用 --user 用户名（或 LIAISON_USER）指明操作用户；密码取自 LIAISON_PASSWORD，未设置时提示输入。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password was given (LIAISON_PASSWORD or typed).</source>
        <translation>未提供密码（LIAISON_PASSWORD 或键盘输入）。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>No new password was given (LIAISON_NEW_PASSWORD or typed).</source>
        <translation>未提供新密码（LIAISON_NEW_PASSWORD 或键盘输入）。</translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>两次输入的新密码不一致，未作任何修改。</translation>
    </message>
    <message>
        <source>Created the administrator %1.</source>
        <translation>已创建管理员 %1。</translation>
    </message>
    <message>
        <source>Its users sign in with the password %1 and must then choose their own:</source>
        <translation>以下用户使用密码 %1 登录，首次登录后须自行修改密码：</translation>
    </message>
    <message>
        <source>fill an empty database with a year of made-up data at that size</source>
        <translation>向空数据库载入该规模的一年模拟数据</translation>
    </message>
    <message>
        <source>Fills an empty database with the reference scenario: Jiulongpo district, Chongqing, from 1 November to 5 December 2022. With --scale, fills it instead with a year of made-up data (6 December 2021 to 5 December 2022) for a district (300 enterprises), a city (7,000) or a province (70,000 enterprises, about 2,000,000 visits and 1,000,000 problems), the same for the same seed, to try LiaisonDesk at that size.</source>
        <translation>向空数据库载入参考场景：重庆市九龙坡区，2022年11月1日至12月5日。加 --scale 时改为载入一年的模拟数据（2021年12月6日至2022年12月5日），规模可选区县（300家企业）、市（7000家）或省（70000家企业，约200万条走访、100万个问题）；种子相同则数据相同，用于检验本系统在该规模下的表现。</translation>
    </message>
    <message>
        <source>Give either --scenario or --scale, not both.</source>
        <translation>--scenario 与 --scale 只能二选一。</translation>
    </message>
    <message>
        <source>--seed goes with --scale.</source>
        <translation>--seed 须与 --scale 一起使用。</translation>
    </message>
    <message>
        <source>Unknown size “%1”; the sizes are %2.</source>
        <translation>未知规模“%1”，可选规模为 %2。</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295, not “%1”.</source>
        <translation>种子须为 0 至 4294967295 之间的整数，“%1”不符合要求。</translation>
    </message>
    <message>
        <source>%1 of %2 enterprises (%3 s)</source>
        <translation>已完成 %1/%2 家企业（%3 秒）</translation>
    </message>
    <message>
        <source>Loaded %1 (seed %2) into %3 in %4 s.</source>
        <translation>已将%1规模的模拟数据（种子 %2）载入 %3，用时 %4 秒。</translation>
    </message>
</context>
<context>
    <name>liaison::DashboardCharts</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Coordinated (cumulative): %1</source>
        <translation>累计协调：%1个</translation>
    </message>
    <message>
        <source>Resolved (cumulative): %1</source>
        <translation>累计解决：%1个</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Resumption rate</source>
        <translation>复工复产率</translation>
    </message>
    <message>
        <source>Capacity utilisation</source>
        <translation>产能利用率</translation>
    </message>
    <message>
        <source>Percent (%)</source>
        <translation>百分比（%）</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90%分位数</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Problems coordinated and resolved</source>
        <translation>问题协调解决情况（累计）</translation>
    </message>
    <message>
        <source>Problems by category</source>
        <translation>各类问题办理情况</translation>
    </message>
    <message>
        <source>Open problems by tier</source>
        <translation>未办结问题（按层级）</translation>
    </message>
    <message>
        <source>Open problems by town, street or park</source>
        <translation>未办结问题（按镇街园区）</translation>
    </message>
    <message>
        <source>Time to resolve by category</source>
        <translation>各类问题办结用时</translation>
    </message>
    <message>
        <source>Problems (count)</source>
        <translation>问题数（个）</translation>
    </message>
    <message>
        <source>Open problems (count)</source>
        <translation>未办结问题（个）</translation>
    </message>
    <message>
        <source>Visited in the last 7 days</source>
        <translation>近7天走访覆盖率</translation>
    </message>
    <message>
        <source>Resumption, capacity and visit coverage</source>
        <translation>复工复产率、产能利用率与走访覆盖率</translation>
    </message>
</context>
<context>
    <name>liaison::DashboardPage</name>
    <message>
        <source>The figures, the colours and the open problems are as of the end of this day.</source>
        <translation>各项数据、督办亮灯和未办结问题均统计至当日末。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Right-click a chart to copy or save it; click a bar to see its problems.</source>
        <translation>右键单击图表可复制或保存；单击柱条可查看相应问题。</translation>
    </message>
    <message>
        <source>Back in production</source>
        <translation>区直管规上企业复工复产</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1/%2家 · %3</translation>
    </message>
    <message>
        <source>About to be upgraded, producing</source>
        <translation>拟升规企业复产</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Problems resolved</source>
        <translation>已解决问题</translation>
    </message>
    <message>
        <source>Problems open</source>
        <translation>未办结问题</translation>
    </message>
    <message>
        <source>Passes issued</source>
        <translation>办理通行证</translation>
    </message>
    <message>
        <source>Driver white-list applications</source>
        <translation>司机白名单申请</translation>
    </message>
    <message>
        <source>Staff back at work</source>
        <translation>员工返岗</translation>
    </message>
    <message>
        <source>Capacity utilisation</source>
        <translation>产能利用率</translation>
    </message>
    <message>
        <source>%1 on the week before</source>
        <translation>较上周 %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 points</source>
        <comment>percentage points</comment>
        <translation>%1个百分点</translation>
    </message>
    <message>
        <source>White-listed enterprises</source>
        <translation>白名单企业</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n batch(es)</source>
        <translation>
            <numerusform>%1家（%n批）</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff in closed-loop production</source>
        <translation>闭环生产人员</translation>
    </message>
    <message>
        <source>People transferred</source>
        <translation>转运涉疫人员</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
</context>
<context>
    <name>liaison::Database</name>
    <message>
        <source>The PostgreSQL address may carry only %1, as plain values; “%2” is not one.</source>
        <translation>PostgreSQL 地址只能附带 %1 这几项参数，且取值须为普通字符；“%2”不在其列。</translation>
    </message>
    <message>
        <source>No database was named.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address; write postgresql://user@host:port/database.</source>
        <translation>“%1”不是有效的 PostgreSQL 地址，应为 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）。</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server %1: %2</source>
        <translation>无法连接 PostgreSQL 服务器 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 does not exist; create it with “liaisonctl init”.</source>
        <translation>数据库 %1 不存在，请先用“liaisonctl init”创建。</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法创建数据库所在文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>无法创建数据库文件 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database file (%2).</source>
        <translation>%1 不是 SQLite 数据库文件（%2）。</translation>
    </message>
    <message>
        <source>%1 already holds other data and is not a LiaisonDesk database; nothing was changed.</source>
        <translation>%1 中已有其他数据，不是包联企业服务台的数据库；未作任何改动。</translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>数据库拒绝执行语句：%1</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
    <message>
        <source>The database reported an error: %1 (%2)</source>
        <translation>数据库报告错误：%1（%2）</translation>
    </message>
    <message>
        <source>The SQLite library of the connection is not available.</source>
        <translation>无法取得该连接所用的 SQLite 库。</translation>
    </message>
</context>
<context>
    <name>liaison::DatabasePrompt</name>
    <message>
        <source>Connect to the server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>%1

Password of %2 on %3:</source>
        <translation>%1

请输入用户 %2 在服务器 %3 上的密码：</translation>
    </message>
</context>
<context>
    <name>liaison::DomainText</name>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>镇</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>工业园区</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Specialised and innovative</source>
        <translation>专精特新</translation>
    </message>
    <message>
        <source>Chain leader</source>
        <translation>链主企业</translation>
    </message>
    <message>
        <source>Key link of an industrial chain</source>
        <translation>产业链关键环节</translation>
    </message>
    <message>
        <source>Leading industry</source>
        <translation>主导产业</translation>
    </message>
    <message>
        <source>Normal production</source>
        <translation>正常生产</translation>
    </message>
    <message>
        <source>Partial production</source>
        <translation>部分生产</translation>
    </message>
    <message>
        <source>Closed-loop production</source>
        <translation>闭环生产</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停产</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>实地走访</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Town/street/park</source>
        <translation>镇街园区</translation>
    </message>
    <message>
        <source>District department</source>
        <translation>区级部门</translation>
    </message>
    <message>
        <source>District leader</source>
        <translation>区领导</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Transport pass</source>
        <translation>通行证</translation>
    </message>
    <message>
        <source>Driver white-list</source>
        <translation>司机白名单</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督办人员</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>General office</source>
        <translation>综合科</translation>
    </message>
    <message>
        <source>Directly managed</source>
        <translation>区直管规上企业</translation>
    </message>
    <message>
        <source>Pre-upgrade</source>
        <translation>拟升规企业</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>未同意</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>timeline event</comment>
        <translation>登记</translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>timeline event</comment>
        <translation>交办</translation>
    </message>
    <message>
        <source>Escalated</source>
        <comment>timeline event</comment>
        <translation>提级协调</translation>
    </message>
    <message>
        <source>Urged</source>
        <comment>timeline event</comment>
        <translation>督办</translation>
    </message>
    <message>
        <source>Commented</source>
        <comment>timeline event</comment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>timeline event</comment>
        <translation>办结</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <comment>timeline event</comment>
        <translation>回访</translation>
    </message>
    <message>
        <source>Returned</source>
        <comment>timeline event</comment>
        <translation>退回</translation>
    </message>
    <message>
        <source>Work started</source>
        <comment>timeline event</comment>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <comment>timeline event</comment>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Extension approved</source>
        <comment>timeline event</comment>
        <translation>同意延期</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <comment>timeline event</comment>
        <translation>不同意延期</translation>
    </message>
    <message>
        <source>Green: on time</source>
        <translation>绿色（正常）</translation>
    </message>
    <message>
        <source>Blue: half the time used</source>
        <translation>蓝色（时限过半）</translation>
    </message>
    <message>
        <source>Yellow: due within a day</source>
        <translation>黄牌（即将到期）</translation>
    </message>
    <message>
        <source>Red: overdue</source>
        <translation>红牌（已超期）</translation>
    </message>
</context>
<context>
    <name>liaison::DutyImporter</name>
    <message>
        <source>District leader</source>
        <translation>区领导</translation>
    </message>
    <message>
        <source>District department</source>
        <translation>区级部门</translation>
    </message>
    <message>
        <source>Department liaison</source>
        <translation>部门联络人</translation>
    </message>
    <message>
        <source>Town, street or park</source>
        <translation>镇街园区</translation>
    </message>
    <message>
        <source>Area liaison</source>
        <translation>镇街联络人</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>this person does not work for %1</source>
        <translation>此人不是%1的人员</translation>
    </message>
    <message>
        <source>this person does not work for this town, street or park</source>
        <translation>此人不是该镇街园区的人员</translation>
    </message>
    <message>
        <source>the same enterprise as line %1</source>
        <translation>与第%1行为同一企业</translation>
    </message>
    <message>
        <source>the assignment in force began on %1; a new one must begin after it</source>
        <translation>现行包联责任自%1起执行，新的责任须晚于该日期开始</translation>
    </message>
</context>
<context>
    <name>liaison::DutyMatrixPage</name>
    <message>
        <source>Name, credit code or pinyin</source>
        <translation>企业名称、信用代码或拼音</translation>
    </message>
    <message>
        <source>Hand over the selected enterprises</source>
        <translation>调整所选企业的包联责任</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>接任人员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Enterprises each person covers</source>
        <translation>人员包联企业数</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>All towns, streets and parks</source>
        <translation>全部镇街园区</translation>
    </message>
    <message>
        <source>Any district leader</source>
        <translation>全部区领导</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Anyone on duty</source>
        <translation>全部包联人员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Duty matrix</source>
        <translation>包联责任</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>共 %n 家企业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand over %n enterprise(s)</source>
        <translation>
            <numerusform>调整 %n 家企业</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::DutyService</name>
    <message>
        <source>District leader</source>
        <translation>区领导</translation>
    </message>
    <message>
        <source>Department liaison</source>
        <translation>部门联络人</translation>
    </message>
    <message>
        <source>Area liaison</source>
        <translation>镇街联络人</translation>
    </message>
    <message>
        <source>Select the enterprises to hand over.</source>
        <translation>请选择要调整包联责任的企业。</translation>
    </message>
    <message>
        <source>The hand-over date is not a real calendar date.</source>
        <translation>生效日期不是有效日期。</translation>
    </message>
    <message>
        <source>There is no person number %1.</source>
        <translation>不存在编号为%1的人员。</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot take over.</source>
        <translation>%1 已停用，不能接任。</translation>
    </message>
    <message>
        <source>%1 does not work for the department chosen.</source>
        <translation>%1 不属于所选部门。</translation>
    </message>
    <message>
        <source>%1 has no duty assignment in force on %2 to hand over.</source>
        <translation>%1 在%2没有有效的包联责任，无法调整。</translation>
    </message>
    <message>
        <source>%1 works for another town, street or park than the enterprise.</source>
        <translation>%1 所属镇街园区与企业不同。</translation>
    </message>
</context>
<context>
    <name>liaison::EnterpriseDetailPane</name>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Log a visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Town/street/park</source>
        <translation>镇街园区</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>企业类别</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产状态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Visits</source>
        <comment>navigation</comment>
        <translation>走访</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>包联责任</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>The enterprise name is required.</source>
        <translation>企业名称不能为空。</translation>
    </message>
    <message>
        <source>The industry is required.</source>
        <translation>所属行业不能为空。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1起</translation>
    </message>
    <message>
        <source>%1: leader %2; %3 %4; %5 %6</source>
        <translation>%1：区领导 %2；%3 %4；%5 %6</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No. %1 %2 · %3 · %4</source>
        <translation>第%1号 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Log a problem…</source>
        <translation>登记问题…</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>上下游配套</translation>
    </message>
    <message>
        <source>Supplier: %1 · %2 · %3</source>
        <translation>上游供应：%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Customer: %1 · %2 · %3</source>
        <translation>下游客户：%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No suppliers or customers recorded.</source>
        <translation>暂无上下游配套企业记录。</translation>
    </message>
    <message>
        <source>Only an administrator may change an enterprise&apos;s name, credit code, town/street/park or scale.</source>
        <translation>企业名称、统一社会信用代码、所属镇街园区和规模由管理员维护，如需修改请联系管理员。</translation>
    </message>
</context>
<context>
    <name>liaison::EnterpriseImporter</name>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Town, street or park</source>
        <translation>所属镇街</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>企业类型</translation>
    </message>
    <message>
        <source>Production status</source>
        <translation>生产状态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>the same credit code as line %1</source>
        <translation>与第%1行的统一社会信用代码重复</translation>
    </message>
</context>
<context>
    <name>liaison::EnterpriseRegisterPage</name>
    <message>
        <source>Name, credit code or pinyin (e.g. cqlx)</source>
        <translation>企业名称、信用代码或拼音（如 cqlx）</translation>
    </message>
    <message>
        <source>All scales</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any production status</source>
        <translation>全部生产状态</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>White-list: any</source>
        <translation>白名单：不限</translation>
    </message>
    <message>
        <source>On the white-list</source>
        <translation>已列入白名单</translation>
    </message>
    <message>
        <source>Not on the white-list</source>
        <translation>未列入白名单</translation>
    </message>
    <message>
        <source>Visits: any</source>
        <translation>走访：不限</translation>
    </message>
    <message>
        <source>Not visited in </source>
        <translation>超过 </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天未走访</translation>
    </message>
    <message>
        <source>Show only enterprises nobody visited in this many days (0: no limit).</source>
        <translation>只显示超过此天数无人走访的企业（0 表示不限）。</translation>
    </message>
    <message>
        <source>All towns, streets and parks</source>
        <translation>全部镇街园区</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>共 %n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle suppliers of chain leaders</source>
        <translation>链主配套未全面复产</translation>
    </message>
    <message>
        <source>Suppliers of a chain leader that are stopped or only partly producing: the enterprises to bring back first so that the whole chain produces again.</source>
        <translation>为链主企业配套、目前停产或部分复产的企业：以点带链，应优先推动其复工复产。</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>Counted up to %1, the day chosen on the visits page.</source>
        <translation>统计截至%1（走访页所选日期）。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV in UTF-8, for Excel and WPS (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;UTF-8 CSV，Excel 和 WPS 均可打开 (*.csv)</translation>
    </message>
    <message>
        <source>Save the enterprises shown (all that match the filters), or their contacts, duty assignments, visits or problems, as Excel or CSV</source>
        <translation>将当前显示的企业（符合筛选条件的全部企业）或其联系人、包联责任、走访记录、问题保存为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录保存至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::EnterpriseTableModel</name>
    <message>
        <source>Batch %1</source>
        <translation>第%1批</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Town/street/park</source>
        <translation>镇街园区</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>企业类别</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产状态</translation>
    </message>
    <message>
        <source>White-list</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>District leader</source>
        <translation>区领导</translation>
    </message>
    <message>
        <source>Department liaison</source>
        <translation>部门联络人</translation>
    </message>
    <message>
        <source>Area liaison</source>
        <translation>镇街联络人</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>未办结问题</translation>
    </message>
    <message>
        <source>District department</source>
        <translation>区级部门</translation>
    </message>
</context>
<context>
    <name>liaison::EntityRules</name>
    <message>
        <source>The area name</source>
        <translation>镇街园区名称</translation>
    </message>
    <message>
        <source>The division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>There is already an area named “%1”.</source>
        <translation>已有名为“%1”的镇街园区。</translation>
    </message>
    <message>
        <source>The department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>The department&apos;s full name</source>
        <translation>部门全称</translation>
    </message>
    <message>
        <source>There is already a department named “%1”.</source>
        <translation>已有名为“%1”的部门。</translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>A person belongs to a department or to an area, not to both.</source>
        <translation>人员只能隶属于一个部门或一个镇街园区，不能同时隶属两者。</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <source>The area</source>
        <translation>所属镇街园区</translation>
    </message>
    <message>
        <source>The batch number</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>The date of the batch</source>
        <translation>批次日期</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>White-list batch %1 already exists.</source>
        <translation>白名单第%1批已存在。</translation>
    </message>
    <message>
        <source>The enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The town, street or park</source>
        <translation>所属镇街园区</translation>
    </message>
    <message>
        <source>The white-list batch</source>
        <translation>白名单批次</translation>
    </message>
    <message>
        <source>An enterprise with the credit code %1 is already registered.</source>
        <translation>统一社会信用代码为 %1 的企业已登记。</translation>
    </message>
    <message>
        <source>The enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>The district leader</source>
        <translation>包联区领导</translation>
    </message>
    <message>
        <source>The district department</source>
        <translation>包联区级部门</translation>
    </message>
    <message>
        <source>The department&apos;s liaison person</source>
        <translation>部门联络人</translation>
    </message>
    <message>
        <source>The area&apos;s liaison person</source>
        <translation>镇街园区联络人</translation>
    </message>
    <message>
        <source>The start of the assignment</source>
        <translation>包联开始日期</translation>
    </message>
    <message>
        <source>The end of the assignment</source>
        <translation>包联结束日期</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>The date of the visit</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <source>The staff on site</source>
        <translation>在岗人数</translation>
    </message>
    <message>
        <source>The staff returned</source>
        <translation>返岗人数</translation>
    </message>
    <message>
        <source>The staff in closed-loop production</source>
        <translation>闭环生产人数</translation>
    </message>
    <message>
        <source>The capacity utilisation</source>
        <translation>产能利用率</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>“%1” is not a problem category.</source>
        <translation>“%1”不是问题类别。</translation>
    </message>
    <message>
        <source>The problem&apos;s title</source>
        <translation>问题标题</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>The date reported</source>
        <translation>反映日期</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>the date reported</source>
        <translation>反映日期</translation>
    </message>
    <message>
        <source>The lead department</source>
        <translation>主办部门</translation>
    </message>
    <message>
        <source>The owning area</source>
        <translation>承办镇街园区</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>A resolved problem needs the date it was resolved.</source>
        <translation>已办结的问题须填写办结日期。</translation>
    </message>
    <message>
        <source>Only a resolved problem has a resolution date.</source>
        <translation>问题尚未办结，不能填写办结日期。</translation>
    </message>
    <message>
        <source>The resolution date</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>The resolution</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>The time of the event is required.</source>
        <translation>须填写办理时间。</translation>
    </message>
    <message>
        <source>A transport pass is issued for one vehicle: the plate number is required.</source>
        <translation>通行证一车一证，须填写车牌号。</translation>
    </message>
    <message>
        <source>The plate number</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>One vehicle, one pass: a pass request covers exactly one vehicle.</source>
        <translation>通行证实行一车一证，每份申请只能对应一辆车。</translation>
    </message>
    <message>
        <source>The quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The driver&apos;s name</source>
        <translation>驾驶员姓名</translation>
    </message>
    <message>
        <source>The driver&apos;s telephone number</source>
        <translation>驾驶员电话</translation>
    </message>
    <message>
        <source>The route</source>
        <translation>通行线路</translation>
    </message>
    <message>
        <source>The date applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>The date granted</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>the date applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>The end of validity</source>
        <translation>有效期截止日期</translation>
    </message>
    <message>
        <source>the date granted</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>The supplier</source>
        <translation>供应企业</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>需求企业</translation>
    </message>
    <message>
        <source>An enterprise cannot supply itself.</source>
        <translation>企业不能为自身配套。</translation>
    </message>
    <message>
        <source>This supply link is already recorded.</source>
        <translation>该上下游配套关系已登记。</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>配套产品</translation>
    </message>
    <message>
        <source>The date of the transfer</source>
        <translation>转运日期</translation>
    </message>
    <message>
        <source>The number of people transferred</source>
        <translation>转运人数</translation>
    </message>
    <message>
        <source>The date of the change</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>The requested due date</source>
        <translation>申请延期至</translation>
    </message>
    <message>
        <source>The requested due date %1 is not after the current due date %2.</source>
        <translation>申请的办结时限%1不晚于当前时限%2。</translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>The decision note</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>The visit was to another enterprise.</source>
        <translation>该走访记录属于另一家企业。</translation>
    </message>
</context>
<context>
    <name>liaison::ExchangeCommand</name>
    <message>
        <source>Write it as: import --template KIND FILE.csv|FILE.xlsx</source>
        <translation>用法：import --template KIND 文件.csv|文件.xlsx</translation>
    </message>
    <message>
        <source>--preview prints JSON: add --json.</source>
        <translation>--preview 以 JSON 输出，请加上 --json。</translation>
    </message>
    <message>
        <source>the column “%1” is not one this program knows; it was left out.</source>
        <translation>“%1”列不是本程序可识别的列，已忽略。</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有%1处。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1 共有 %n 处错误，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write it as: export KIND FILE.csv|FILE.xlsx</source>
        <translation>用法：export KIND 文件.csv|文件.xlsx</translation>
    </message>
    <message>
        <source>The file&apos;s name ends in .csv or .xlsx, which says how to write it.</source>
        <translation>文件名应以 .csv 或 .xlsx 结尾，据此确定输出格式。</translation>
    </message>
    <message>
        <source>Wrote an empty %1 template to %2.</source>
        <translation>已将空白的 %1 模板写入 %2。</translation>
    </message>
    <message>
        <source>--map: “%1” is not a column of the file; write HEADER=FIELD.</source>
        <translation>--map：“%1”不是文件中的列；请写作 表头=字段。</translation>
    </message>
    <message>
        <source>--map: “%1” is not a field of %2; see import --help.</source>
        <translation>--map：“%1”不是 %2 的字段；见 import --help。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of record; use enterprises, contacts, duties, visits or issues.</source>
        <translation>“%1”不是记录类别；请用 enterprises、contacts、duties、visits 或 issues。</translation>
    </message>
    <message>
        <source>Write it as: import KIND FILE [--encoding auto|utf-8|gb18030] [--map MAPPING] [--dry-run]</source>
        <translation>用法：import KIND FILE [--encoding auto|utf-8|gb18030] [--map MAPPING] [--dry-run]</translation>
    </message>
    <message>
        <source>Checked %1 rows of %2 (%3): %4 new and %5 updated records can be imported; nothing was written (dry run).</source>
        <translation>已校验 %2 共 %1 行（%3）：可新增 %4 条、更新 %5 条记录；未写入任何数据（试运行）。</translation>
    </message>
    <message>
        <source>Imported %1 rows of %2 (%3): %4 new records, %5 updated.</source>
        <translation>已导入 %2 共 %1 行（%3）：新增 %4 条记录，更新 %5 条。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) of %1 to %2.</source>
        <translation>
            <numerusform>已将 %1 的 %n 条记录导出至 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::FieldChecks</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1长度为%2个字符，最多允许%3个字符。</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1含有控制字符。</translation>
    </message>
    <message>
        <source>%1 “%2” is not a telephone number: use digits, spaces, “-” and “+” only.</source>
        <translation>%1“%2”不是有效的电话号码，只能包含数字、空格、“-”和“+”。</translation>
    </message>
    <message>
        <source>%1 is required and must be a real calendar date.</source>
        <translation>%1不能为空，且须为有效日期。</translation>
    </message>
    <message>
        <source>%1 %2 is outside the years %3–%4.</source>
        <translation>%1 %2 超出%3—%4年的范围。</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1（%2）早于%3（%4）。</translation>
    </message>
    <message>
        <source>%1 is %2; it must be between %3 and %4.</source>
        <translation>%1为%2，应在%3至%4之间。</translation>
    </message>
    <message>
        <source>%1: there is no record with number %2.</source>
        <translation>%1：不存在编号为%2的记录。</translation>
    </message>
</context>
<context>
    <name>liaison::ImportLookups</name>
    <message>
        <source>no enterprise with this credit code is registered</source>
        <translation>没有登记该统一社会信用代码的企业</translation>
    </message>
    <message>
        <source>the enterprise is missing: give its credit code or its name</source>
        <translation>未填写企业：请填写统一社会信用代码或企业名称</translation>
    </message>
    <message>
        <source>no enterprise of this name is registered</source>
        <translation>没有登记该名称的企业</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprises have this name; give the credit code</source>
        <translation>
            <numerusform>有 %n 家企业同名，请填写统一社会信用代码</numerusform>
        </translation>
    </message>
    <message>
        <source>the town, street or park is missing</source>
        <translation>未填写所属镇街</translation>
    </message>
    <message>
        <source>no town, street or park of this name is registered</source>
        <translation>没有登记该名称的镇街园区</translation>
    </message>
    <message>
        <source>the department is missing</source>
        <translation>未填写部门</translation>
    </message>
    <message>
        <source>no department of this name is registered</source>
        <translation>没有登记该名称的部门</translation>
    </message>
    <message>
        <source>the person is missing</source>
        <translation>未填写人员</translation>
    </message>
    <message>
        <source>no person of this name is registered</source>
        <translation>没有登记该姓名的人员</translation>
    </message>
    <message numerus="yes">
        <source>%n people have this name; tell them apart in the register first</source>
        <translation>
            <numerusform>有 %n 人同名，请先在人员名录中加以区分</numerusform>
        </translation>
    </message>
    <message>
        <source>the category is missing</source>
        <translation>未填写问题类别</translation>
    </message>
    <message>
        <source>not a problem category; write one of: %1</source>
        <translation>不是问题类别；应填写以下之一：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>liaison::ImportRow</name>
    <message>
        <source>, </source>
        <comment>list of choices</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>未填写日期</translation>
    </message>
    <message>
        <source>not a date; write it as 2022-12-05, 2022/12/5 or 2022年12月5日</source>
        <translation>不是有效日期；请写作 2022-12-05、2022/12/5 或 2022年12月5日</translation>
    </message>
    <message>
        <source>write a whole number of people, 0 or more</source>
        <translation>应填写人数（0 或正整数）</translation>
    </message>
    <message>
        <source>write a percentage from 0 to 100</source>
        <translation>应填写 0 至 100 之间的百分数</translation>
    </message>
    <message>
        <source>this cell must not be empty</source>
        <translation>此项不能为空</translation>
    </message>
    <message>
        <source>write one of: %1</source>
        <translation>应填写以下之一：%1</translation>
    </message>
</context>
<context>
    <name>liaison::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file as Excel or WPS save it (UTF-8 or GBK), or the first sheet of an .xlsx or .ods workbook. Nothing is written until the last step.</source>
        <translation>Excel 或 WPS 保存的 CSV 文件（UTF-8 或 GBK），或 .xlsx、.ods 工作簿的第一张工作表。最后一步之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.ods);;CSV (*.csv);;Workbooks (*.xlsx *.ods)</source>
        <translation>表格文件 (*.csv *.xlsx *.ods);;CSV 文件 (*.csv);;工作簿 (*.xlsx *.ods)</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>记录类别(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Check how the file reads</source>
        <translation>核对读取结果</translation>
    </message>
    <message>
        <source>The first rows as read. If the Chinese text looks garbled, choose another encoding.</source>
        <translation>以下为读取到的前若干行。如中文显示为乱码，请更换编码。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (GBK, GB2312)</source>
        <translation>GB18030（GBK、GB2312）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Say which column holds what</source>
        <translation>指定各列对应的字段</translation>
    </message>
    <message>
        <source>Columns with known headers are matched already. Fields marked * are required; columns set to “Leave out” are not imported.</source>
        <translation>可识别的表头已自动对应。带 * 的字段为必填；设为“不导入”的列将被略过。</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首行内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>逐行校验</translation>
    </message>
    <message>
        <source>Every row was checked with the same rules as the forms. The file is imported whole or not at all.</source>
        <translation>已按录入表单的同一规则逐行校验。文件将全部导入，或全部不导入。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>保存校验报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存校验报告</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV in UTF-8, for Excel and WPS (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;UTF-8 CSV，Excel 和 WPS 均可打开 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%1 workbook, %n row(s).</source>
        <translation>
            <numerusform>%1 工作簿，共 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %n row(s).</source>
        <translation>
            <numerusform>按 %1 读取，共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Still to map: %1.</source>
        <translation>尚未指定：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>More than one column for: %1; only one may hold each field.</source>
        <translation>以下字段对应了多列：%1；每个字段只能对应一列。</translation>
    </message>
    <message>
        <source>Every required field has its column.</source>
        <translation>必填字段均已指定对应列。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>正在校验 %n 行…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>正在导入 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was written.</source>
        <translation>校验已取消，未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 row(s): nothing can be imported until they are mended in the file.</source>
        <translation>
            <numerusform>%1 行中发现 %n 处问题：请在文件中改正后再导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported: %1 new, %2 brought up to date.</source>
        <translation>
            <numerusform>全部 %n 行均可导入：新增 %1 条，更新 %2 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>未导入的列：%1。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 brought up to date.</source>
        <translation>%1：新增 %2 条，更新 %3 条。</translation>
    </message>
</context>
<context>
    <name>liaison::IssueBoardModel</name>
    <message>
        <source> · escalate</source>
        <translation> · 需提级</translation>
    </message>
    <message>
        <source> (no holiday schedule for %1)</source>
        <translation>（缺少%1年节假日安排）</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>超期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>反映日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>liaison::IssueCommand</name>
    <message>
        <source>Usage: liaisonctl issue ACTION ...</source>
        <translation>用法：liaisonctl issue 操作 ...</translation>
    </message>
    <message>
        <source>Actions that change a problem take --expect-version N: the change is refused (exit status 4) when someone else changed the problem since you read version N.</source>
        <translation>修改问题的操作可带 --expect-version N：若在您读取第 N 版之后他人已修改该问题，操作将被拒绝（退出状态 4）。</translation>
    </message>
    <message>
        <source>Statuses: %1. Tiers: %2.</source>
        <translation>状态：%1。层级：%2。</translation>
    </message>
    <message>
        <source>“issue” needs an action.</source>
        <translation>“issue”命令需要指定操作。</translation>
    </message>
    <message>
        <source>Unknown issue action “%1”.</source>
        <translation>未知的问题操作“%1”。</translation>
    </message>
    <message>
        <source>“%1” needs exactly one problem number.</source>
        <translation>“%1”需要且只能指定一个问题编号。</translation>
    </message>
    <message>
        <source>Unknown argument “%1” for “%2”.</source>
        <translation>“%2”命令不接受参数“%1”。</translation>
    </message>
    <message>
        <source>“issue add” needs --%1.</source>
        <translation>“issue add”需要 --%1。</translation>
    </message>
    <message>
        <source>No enterprise is named “%1” or has that credit code or number.</source>
        <translation>没有名称、统一社会信用代码或编号为“%1”的企业。</translation>
    </message>
    <message>
        <source>There is no department named “%1”.</source>
        <translation>没有名为“%1”的部门。</translation>
    </message>
    <message>
        <source>“%1” is not a problem number.</source>
        <translation>“%1”不是问题编号。</translation>
    </message>
    <message>
        <source>--expect-version: “%1” is not a version number.</source>
        <translation>--expect-version：“%1”不是版本号。</translation>
    </message>
    <message>
        <source>--%1: “%2” is not one of %3.</source>
        <translation>--%1：“%2”不在可选值（%3）之中。</translation>
    </message>
    <message>
        <source>--as-of: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--as-of：“%1”不是有效日期，请按“年-月-日”（YYYY-MM-DD）填写。</translation>
    </message>
    <message>
        <source>--colour: “%1” is not one of %2.</source>
        <translation>--colour：“%1”不在可选值（%2）之中。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>共 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no problem number %1.</source>
        <translation>不存在编号为%1的问题。</translation>
    </message>
    <message>
        <source>Problem %1 (version %2): %3</source>
        <translation>问题 %1（第%2版）：%3</translation>
    </message>
    <message>
        <source>Enterprise: %1</source>
        <translation>企业：%1</translation>
    </message>
    <message>
        <source>Category: %1; status: %2; tier: %3</source>
        <translation>类别：%1；状态：%2；层级：%3</translation>
    </message>
    <message>
        <source>Owner: %1 %2</source>
        <translation>责任单位及责任人：%1 %2</translation>
    </message>
    <message>
        <source>Reported %1, due %2; as of %3: %4</source>
        <translation>%1反映，办结时限%2；截至%3：%4</translation>
    </message>
    <message>
        <source>The holiday schedule for %1 is missing: this deadline counts weekends only.</source>
        <translation>缺少%1年的节假日安排，此时限仅按周末计算。</translation>
    </message>
    <message>
        <source>Flagged for escalation to the district leader.</source>
        <translation>已标记为需提请区领导协调。</translation>
    </message>
    <message>
        <source>--reported-on: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--reported-on：“%1”不是有效日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>--visit: “%1” is not a visit number.</source>
        <translation>--visit：“%1”不是走访记录编号。</translation>
    </message>
    <message>
        <source>Registered problem %1, due %2.</source>
        <translation>已登记问题 %1，办结时限%2。</translation>
    </message>
    <message>
        <source>The holiday schedule for %1 is missing: the due date counts weekends only.</source>
        <translation>缺少%1年的节假日安排，办结时限仅按周末计算。</translation>
    </message>
    <message>
        <source>“%1” is not an extension request number.</source>
        <translation>“%1”不是延期申请编号。</translation>
    </message>
    <message>
        <source>Extension request %1 approved.</source>
        <translation>已同意延期申请 %1。</translation>
    </message>
    <message>
        <source>Extension request %1 refused.</source>
        <translation>已驳回延期申请 %1。</translation>
    </message>
    <message>
        <source>“issue assign” needs --lead UNIT.</source>
        <translation>“issue assign”需要 --lead 主办单位。</translation>
    </message>
    <message>
        <source>“issue extend” needs --to DATE.</source>
        <translation>“issue extend”需要 --to 日期。</translation>
    </message>
    <message>
        <source>--to: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--to：“%1”不是有效日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>Extension request %1 is waiting for a supervisor&apos;s decision.</source>
        <translation>延期申请 %1 已提交，等待督办人员审批。</translation>
    </message>
    <message>
        <source>--on: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--on：“%1”不是有效日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>“issue verify” needs --satisfaction.</source>
        <translation>“issue verify”需要 --satisfaction。</translation>
    </message>
    <message>
        <source>--satisfaction: “%1” is not one of %2.</source>
        <translation>--satisfaction：“%1”不在可选值（%2）之中。</translation>
    </message>
    <message>
        <source>Problem %1 is “%2” at the %3 tier (version %4).</source>
        <translation>问题 %1 现为“%2”，在%3层级（第%4版）。</translation>
    </message>
</context>
<context>
    <name>liaison::IssueImporter</name>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>反映日期</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>a resolved problem needs its lead department</source>
        <translation>已办结的问题须填写牵头单位</translation>
    </message>
    <message>
        <source>a resolved problem needs its resolution</source>
        <translation>已办结的问题须填写办理结果</translation>
    </message>
    <message>
        <source>this problem of this enterprise is already registered for that day</source>
        <translation>该企业当日的此问题已登记</translation>
    </message>
    <message>
        <source>the same problem as line %1</source>
        <translation>与第%1行为同一问题</translation>
    </message>
    <message>
        <source>From an imported ledger</source>
        <translation>由台账导入</translation>
    </message>
</context>
<context>
    <name>liaison::IssueWorkflow</name>
    <message>
        <source>Give the day the problem was resolved.</source>
        <translation>请填写问题办结的日期。</translation>
    </message>
    <message>
        <source>%1 is still to come: a problem is resolved today at the latest.</source>
        <translation>%1 尚未到来：办结日期最晚为今天。</translation>
    </message>
    <message>
        <source>%1 is before problem %2 was reported (%3).</source>
        <translation>%1 早于第 %2 号问题的反映日期（%3）。</translation>
    </message>
    <message>
        <source>assign</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>start work on</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>提级</translation>
    </message>
    <message>
        <source>urge</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>“%1” is not a problem category.</source>
        <translation>“%1”不是问题类别。</translation>
    </message>
    <message>
        <source>Enterprise %1 has no duty assignment in force on %2.</source>
        <translation>企业 %1 在%2没有有效的包联责任安排。</translation>
    </message>
    <message>
        <source>There is no problem number %1.</source>
        <translation>不存在编号为%1的问题。</translation>
    </message>
    <message>
        <source>Problem %1 was changed by someone else (version %2, you had %3); look at it again before you act.</source>
        <translation>问题 %1 已被他人修改（当前第%2版，您看到的是第%3版），请重新查看后再操作。</translation>
    </message>
    <message>
        <source>Problem %1 is “%2”; it cannot %3 from that state.</source>
        <translation>问题 %1 当前为“%2”，不能%3。</translation>
    </message>
    <message>
        <source>The date reported</source>
        <translation>反映日期</translation>
    </message>
    <message>
        <source>The enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>The lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>A co-handling unit</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <source>The lead unit cannot also be a co-handling unit.</source>
        <translation>主办单位不能同时作为协办单位。</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>主办：%1</translation>
    </message>
    <message>
        <source>; co-handling: %1</source>
        <translation>；协办：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>. %1</source>
        <translation>。%1</translation>
    </message>
    <message>
        <source>Problem %1 is already with the district leader; it cannot go higher.</source>
        <translation>问题 %1 已提请区领导协调，不能再提级。</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>提交%1：%2</translation>
    </message>
    <message>
        <source>An urging note (督办意见) is required.</source>
        <translation>请填写督办意见。</translation>
    </message>
    <message>
        <source>Problem %1 already has extension request %2 waiting for a decision.</source>
        <translation>问题 %1 已有待审批的延期申请 %2。</translation>
    </message>
    <message>
        <source>The new due date %1 is not later than the current due date %2.</source>
        <translation>新的办结时限%1不晚于当前时限%2。</translation>
    </message>
    <message>
        <source>A decision on an extension needs a reason.</source>
        <translation>审批延期申请须填写理由。</translation>
    </message>
    <message>
        <source>There is no extension request number %1.</source>
        <translation>不存在编号为%1的延期申请。</translation>
    </message>
    <message>
        <source>Extension request %1 was already decided (%2).</source>
        <translation>延期申请 %1 已审批（%2）。</translation>
    </message>
    <message>
        <source>Due %1 instead of %2: %3</source>
        <translation>办结时限由%2延至%1：%3</translation>
    </message>
    <message>
        <source>Say how the problem was resolved: the resolution is required.</source>
        <translation>请填写办理结果。</translation>
    </message>
    <message>
        <source>Returned because the enterprise is not satisfied.</source>
        <translation>企业不满意，自动退回重办。</translation>
    </message>
    <message>
        <source>Say why the problem is returned.</source>
        <translation>请填写退回理由。</translation>
    </message>
    <message>
        <source>Until %1: %2</source>
        <translation>申请延期至%1：%2</translation>
    </message>
</context>
<context>
    <name>liaison::JiulongpoScenario</name>
    <message>
        <source>The database already holds enterprises or areas; the demo data is loaded only into an empty database.</source>
        <translation>数据库中已有企业或镇街园区数据；演示数据只能载入空数据库。</translation>
    </message>
    <message>
        <source>The scenario&apos;s district data is missing.</source>
        <translation>缺少场景所需的区域基础数据。</translation>
    </message>
    <message>
        <source>Loading the demo data was cancelled; nothing was written.</source>
        <translation>已取消载入演示数据，未写入任何数据。</translation>
    </message>
    <message>
        <source>The scenario&apos;s people are missing.</source>
        <translation>示例数据中缺少所需人员。</translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>载入演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LiaisonDesk</source>
        <translation>关于包联企业服务台(&amp;A)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Enterprise register</source>
        <translation>企业名录</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>About LiaisonDesk</source>
        <translation>关于包联企业服务台</translation>
    </message>
    <message>
        <source>LiaisonDesk %1
Case management for the enterprise liaison work of a district economy and information commission.</source>
        <translation>包联企业服务台 %1
区经济信息委包联企业服务工作的问题登记与协调办理系统。</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>正在载入演示数据……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find enterprise</source>
        <translation>查找企业(&amp;F)</translation>
    </message>
    <message>
        <source>LiaisonDesk</source>
        <translation>包联企业服务台</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>&amp;Log a visit…</source>
        <translation>登记走访(&amp;L)…</translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation>走访记录已保存。</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <comment>navigation</comment>
        <translation>企业</translation>
    </message>
    <message>
        <source>Duty matrix</source>
        <comment>navigation</comment>
        <translation>包联责任</translation>
    </message>
    <message>
        <source>Visits</source>
        <comment>navigation</comment>
        <translation>走访</translation>
    </message>
    <message>
        <source>Problems</source>
        <comment>navigation</comment>
        <translation>问题</translation>
    </message>
    <message>
        <source>Fill this empty database with the Jiulongpo district reference scenario (November 2022)?

Choose No to start with an empty register; the demo stays in the File menu while the database is empty.</source>
        <translation>是否向此空数据库载入九龙坡区参考场景数据（2022年11月）？

选择“否”将从空白名录开始；数据库为空时，仍可从“文件”菜单载入演示数据。</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>navigation</comment>
        <translation>设置</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>navigation</comment>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Passes</source>
        <comment>navigation</comment>
        <translation>通行证/白名单</translation>
    </message>
    <message>
        <source>Briefing</source>
        <comment>navigation</comment>
        <translation>简报</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read every page again from the database (changes made on other desktops)</source>
        <translation>从数据库重新读取各页面数据（含其他终端所作修改）</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Database not reachable</source>
        <translation>无法连接数据库</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>共 %n 家企业</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open problem(s)</source>
        <translation>
            <numerusform>未办结问题 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) pending</source>
        <translation>
            <numerusform>待办申请 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded from the database.</source>
        <translation>已从数据库刷新。</translation>
    </message>
    <message>
        <source>Problem No. %1 logged.</source>
        <translation>第%1号问题已登记。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import enterprises, contacts, duty assignments, visits or problems from Excel or CSV</source>
        <translation>从 Excel 或 CSV 文件导入企业、联系人、包联责任、走访记录或问题</translation>
    </message>
    <message>
        <source>Users</source>
        <comment>navigation</comment>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Audit log</source>
        <comment>navigation</comment>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Every change is recorded in the audit log under this name.</source>
        <translation>所有修改均以此用户名记入审计日志。</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>liaison::Migrations</name>
    <message>
        <source>The database %1 was made by a newer LiaisonDesk (schema %2, this program knows %3); update the program.</source>
        <translation>数据库 %1 由更新版本的包联企业服务台创建（结构版本 %2，本程序支持到 %3），请升级程序。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>数据库升级到结构版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>liaison::NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>for example zhangmin</source>
        <translation>例如 zhangmin</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>对应人员(&amp;P)：</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
    <message>
        <source>A liaison officer works on the enterprises of their person&apos;s area or department. The user chooses their own password at the first sign-in.</source>
        <translation>联络员负责其所在镇街园区或部门包联的企业。用户首次登录时须自行设置密码。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（不对应人员）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>liaison::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>The password of %1 was set by someone else. Choose your own before you go on.</source>
        <translation>%1 的密码由他人设置，请先设置您自己的密码再继续。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>liaison::PasswordFile</name>
    <message>
        <source>Type the password to remember.</source>
        <translation>请输入需要记住的密码。</translation>
    </message>
    <message>
        <source>A password cannot contain a line break.</source>
        <translation>密码不能包含换行符。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>liaison::PasswordHash</name>
    <message>
        <source>The password cannot be protected: its hash needs %1 MiB of memory, which is not free.</source>
        <translation>无法保护该密码：计算其散列需要 %1 MiB 空闲内存，当前内存不足。</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>密码为空。</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>密码过短：至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too long: use at most %n characters.</source>
        <translation>
            <numerusform>密码过长：最多 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::Permissions</name>
    <message>
        <source>Problem %1 was not found.</source>
        <translation>未找到问题 %1。</translation>
    </message>
    <message>
        <source>read the records</source>
        <translation>查阅记录</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change areas, units, people, categories or the work calendar</source>
        <translation>修改镇街园区、部门、人员、问题类别或工作日历</translation>
    </message>
    <message>
        <source>add enterprises, change an enterprise&apos;s name, credit code, area, scale or white-list batch, or change the duty scheme</source>
        <translation>新增企业、修改企业名称、统一社会信用代码、所属镇街、规模或白名单批次，或调整包联责任</translation>
    </message>
    <message>
        <source>record visits or change an enterprise&apos;s records</source>
        <translation>登记走访或修改企业信息</translation>
    </message>
    <message>
        <source>work on problems</source>
        <translation>办理问题</translation>
    </message>
    <message>
        <source>assign, escalate, urge, verify or reopen problems</source>
        <translation>交办、提级、督办、回访或退回问题</translation>
    </message>
    <message>
        <source>export records</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>备份或恢复数据库</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>Nobody is signed in; sign in first.</source>
        <translation>尚未登录，请先登录。</translation>
    </message>
    <message>
        <source>%1 must choose a new password before going on: the current one was set by someone else.</source>
        <translation>%1 须先设置新密码才能继续：当前密码由他人设置。</translation>
    </message>
    <message>
        <source>%1 is not one of the enterprises of %2&apos;s area or unit; its own liaison or a supervisor can do this.</source>
        <translation>%1 不属于 %2 所在镇街园区或部门包联的企业；请由其包联联络员或督办人员办理。</translation>
    </message>
    <message>
        <source>Enterprise %1</source>
        <translation>企业 %1</translation>
    </message>
</context>
<context>
    <name>liaison::PermitDialog</name>
    <message>
        <source>Save the request (Ctrl+Return)</source>
        <translation>保存申请（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Edit request No. %1</source>
        <translation>修改第%1号申请</translation>
    </message>
    <message>
        <source>Required, e.g. 渝A12345</source>
        <translation>必填，如 渝A12345</translation>
    </message>
    <message>
        <source>Optional, e.g. 渝A12345</source>
        <translation>选填，如 渝A12345</translation>
    </message>
    <message>
        <source>Choose the enterprise that applies.</source>
        <translation>请选择申请企业。</translation>
    </message>
    <message>
        <source>“%1” is not an enterprise of the register; choose one from the list.</source>
        <translation>“%1”不在企业名录中，请从列表中选择。</translation>
    </message>
    <message>
        <source>Discard what you typed for this request?</source>
        <translation>是否放弃本条申请已录入的内容？</translation>
    </message>
</context>
<context>
    <name>liaison::PermitListModel</name>
    <message>
        <source>Pending</source>
        <translation>待办理</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驾驶员</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>驾驶员电话</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>通行线路</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>liaison::PermitsPage</name>
    <message>
        <source>Enterprise, plate or driver</source>
        <translation>企业、车牌号或驾驶员</translation>
    </message>
    <message>
        <source>Passes and white-list</source>
        <translation>通行证及白名单</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Applied from: any</source>
        <translation>申请起：不限</translation>
    </message>
    <message>
        <source>Applied to: any</source>
        <translation>申请止：不限</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新增申请…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>共 %n 条申请</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::ProblemBoardPage</name>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue (red)</source>
        <translation>已超期（红牌）</translation>
    </message>
    <message>
        <source>Due within a day (yellow)</source>
        <translation>即将到期（黄牌）</translation>
    </message>
    <message>
        <source>To escalate</source>
        <translation>需提级</translation>
    </message>
    <message>
        <source>Awaiting follow-up visit</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Enterprise or problem</source>
        <translation>企业或问题</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>The day the supervision colours are worked out for</source>
        <translation>按此日期计算督办颜色</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Note, reason or resolution</source>
        <translation>意见、理由或办理结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Co-handling unit</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <source>Date (resolved on / new due date)</source>
        <translation>日期（办结日期／延期至）</translation>
    </message>
    <message>
        <source>Enterprise&apos;s satisfaction</source>
        <translation>企业满意度</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>提级</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve extension</source>
        <translation>同意延期</translation>
    </message>
    <message>
        <source>Refuse extension</source>
        <translation>不同意延期</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Record follow-up visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All towns, streets and parks</source>
        <translation>全部镇街园区</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>共 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a problem to see its timeline and act on it.</source>
        <translation>选择一个问题，查看办理过程并进行处理。</translation>
    </message>
    <message numerus="yes">
        <source>%n problems selected</source>
        <translation>
            <numerusform>已选择 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign and urge act on all of them.</source>
        <translation>交办和督办将对所选问题逐一执行。</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>第 %1 号：%2</translation>
    </message>
    <message>
        <source>Enterprise: %1</source>
        <translation>企业：%1</translation>
    </message>
    <message>
        <source>Status: %1 · tier: %2</source>
        <translation>状态：%1 · 层级：%2</translation>
    </message>
    <message>
        <source>Lead unit: %1 · owner: %2</source>
        <translation>主办单位：%1 · 责任人：%2</translation>
    </message>
    <message>
        <source>Reported %1 · due %2 · %3</source>
        <translation>%1反映 · 办结时限%2 · %3</translation>
    </message>
    <message>
        <source>Co-handling: %1</source>
        <translation>协办：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The holiday schedule for %1 is missing: this deadline counts weekends only.</source>
        <translation>缺少%1年的节假日安排，此时限仅按周末计算。</translation>
    </message>
    <message>
        <source>Flagged for escalation to the district leader.</source>
        <translation>已标记为需提请区领导协调。</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4</source>
        <translation>%1  %2  %3：%4</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
</context>
<context>
    <name>liaison::ProblemDialog</name>
    <message>
        <source>Log a problem</source>
        <translation>登记问题</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1（%n个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>What the enterprise asks for</source>
        <translation>企业反映的问题或诉求</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>问题类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>具体情况(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation>反映日期(&amp;R)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Save the problem (Ctrl+Return)</source>
        <translation>保存问题（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Discard what you typed for this problem?</source>
        <translation>是否放弃本问题已录入的内容？</translation>
    </message>
</context>
<context>
    <name>liaison::RepositoryMessages</name>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation>数据库未返回新记录的编号。</translation>
    </message>
    <message>
        <source>Record %1 was not found; it may have been removed.</source>
        <translation>未找到编号为 %1 的记录，可能已被删除。</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it; reload it and make your change again.</source>
        <translation>您打开此记录后，其他人已修改了它；请重新载入后再修改。</translation>
    </message>
</context>
<context>
    <name>liaison::ScaleScenario</name>
    <message>
        <source>The database already holds enterprises or areas; the scale data is loaded only into an empty database.</source>
        <translation>数据库中已有企业或镇街园区；模拟规模数据只能载入空数据库。</translation>
    </message>
    <message>
        <source>Loading the scale data was cancelled; nothing was written.</source>
        <translation>已取消载入模拟规模数据，未写入任何内容。</translation>
    </message>
    <message>
        <source>The scale data refers to a missing row (%1, row %2); nothing was written.</source>
        <translation>模拟规模数据引用了不存在的记录（%1，第 %2 行），未写入任何内容。</translation>
    </message>
    <message>
        <source>a district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>市</translation>
    </message>
    <message>
        <source>a province</source>
        <translation>省</translation>
    </message>
</context>
<context>
    <name>liaison::ServerRoles</name>
    <message>
        <source>The database name %1 is too long for LiaisonDesk&apos;s server logins (&quot;%1.user&quot;): use at most 30 bytes.</source>
        <translation>数据库名 %1 过长，无法用作服务器登录名前缀（“%1.用户名”）：请不超过 30 个字节。</translation>
    </message>
</context>
<context>
    <name>liaison::SettingsPage</name>
    <message>
        <source>empty: each person signs in with their own login</source>
        <translation>留空：每人使用本人的登录名登录</translation>
    </message>
    <message>
        <source>On a shared server leave it empty: each person signs in to the server as their own login, with their own password. A user named here connects everyone on this computer as that login.</source>
        <translation>共享服务器上请留空：每人以本人的服务器登录名和密码登录。若在此填写用户，本机所有人都将以该登录名连接。</translation>
    </message>
    <message>
        <source>The server %1 answers and asks for a password: each person signs in there with their own login.</source>
        <translation>服务器 %1 已响应并要求密码：每人以本人的登录名登录。</translation>
    </message>
    <message>
        <source>Connected to %1 without a password: the server does not check who signs in (see pg_hba.conf).</source>
        <translation>未提供密码即已连接到 %1：服务器未核验登录者身份（请检查 pg_hba.conf）。</translation>
    </message>
    <message>
        <source>Without a user, each person signs in with their own password: there is no password to remember. Untick “remember”, or name the user.</source>
        <translation>未填写用户时，每人以本人密码登录，无需记住密码。请取消勾选“记住密码”，或填写用户。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>A new choice applies the next time LiaisonDesk starts.</source>
        <translation>更改将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Problem categories and deadlines</source>
        <translation>问题类别与办结时限</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Deadline (working days)</source>
        <translation>办结时限（工作日）</translation>
    </message>
    <message>
        <source>Save deadlines</source>
        <translation>保存时限</translation>
    </message>
    <message>
        <source>A new deadline applies to problems registered from now on.</source>
        <translation>新的时限适用于此后登记的问题。</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Holiday schedule</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>Add or correct years from a file…</source>
        <translation>从文件补充或更正年份…</translation>
    </message>
    <message>
        <source>The file is laid out like the shipped cn-holidays.json; a year in it replaces that year&apos;s schedule.</source>
        <translation>文件格式与随程序提供的 cn-holidays.json 相同；文件中的年份将替换该年的节假日安排。</translation>
    </message>
    <message>
        <source>Corrected by an administrator</source>
        <translation>已由管理员更正</translation>
    </message>
    <message>
        <source>Official schedule</source>
        <translation>国务院办公厅通知</translation>
    </message>
    <message>
        <source>Missing: only weekends are days off</source>
        <translation>缺失：仅按周末休息</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON calendar file: %2 at byte %3.</source>
        <translation>%1 不是 JSON 格式的日历文件：第%3字节处%2。</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>当前使用：%1</translation>
    </message>
    <message>
        <source>A database file on this computer (SQLite)</source>
        <translation>本机数据库文件（SQLite）</translation>
    </message>
    <message>
        <source>The district&apos;s shared server (PostgreSQL)</source>
        <translation>全区共用服务器（PostgreSQL）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remember the password in PostgreSQL&apos;s password file (%1)</source>
        <translation>在 PostgreSQL 密码文件（%1）中记住密码</translation>
    </message>
    <message>
        <source>The file is readable by you only. Without it, LiaisonDesk asks for the password at every start. It is never kept in LiaisonDesk&apos;s settings.</source>
        <translation>该文件仅限本人读取。不记住密码时，每次启动都会询问密码。密码不会保存在本软件的设置中。</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Use from the next start</source>
        <translation>下次启动时使用</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名称</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>LiaisonDesk databases (*.sqlite)</source>
        <translation>包联企业服务台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接 %1。</translation>
    </message>
    <message>
        <source>Saved. LiaisonDesk opens this database from the next start, unless --db or LIAISON_DB names another.</source>
        <translation>已保存。下次启动时将打开此数据库（以 --db 或 LIAISON_DB 指定的数据库优先）。</translation>
    </message>
    <message>
        <source>The briefing&apos;s masthead</source>
        <translation>简报版头</translation>
    </message>
    <message>
        <source>e.g. Jiulongpo District</source>
        <translation>如：九龙坡区</translation>
    </message>
    <message>
        <source>e.g. Economy and Information Commission</source>
        <translation>如：经济和信息化委员会</translation>
    </message>
    <message>
        <source>the editor&apos;s name</source>
        <translation>责任编辑姓名</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Issuing office</source>
        <translation>编发单位</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>责编</translation>
    </message>
    <message>
        <source>Printed in the briefing&apos;s red masthead, its title and its closing block.</source>
        <translation>用于简报的红色版头、标题和版记。</translation>
    </message>
</context>
<context>
    <name>liaison::SignInDialog</name>
    <message>
        <source>Database %1 on the server %2: sign in with your own user name and password, which the server checks.</source>
        <translation>服务器 %2 上的数据库 %1：请用本人的用户名和密码登录，密码由服务器核验。</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Sign in to LiaisonDesk</source>
        <translation>登录包联企业服务台</translation>
    </message>
    <message>
        <source>%1 has no users yet. Create the administrator, who then adds the other users.</source>
        <translation>%1 尚无用户。请先创建管理员，再由管理员添加其他用户。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Signed out: choose your own password to go on.</source>
        <translation>已退出登录：须设置自己的密码才能继续使用。</translation>
    </message>
</context>
<context>
    <name>liaison::SpreadsheetReader</name>
    <message>
        <source>%1 unpacks to %2 MB, more than the %3 MB a workbook to import may hold; split it into smaller files.</source>
        <translation>%1 解压后为 %2 MB，超过导入工作簿允许的 %3 MB，请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>%1 has no sheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a workbook: %2</source>
        <translation>%1 无法作为工作簿读取：%2</translation>
    </message>
</context>
<context>
    <name>liaison::Statistics</name>
    <message>
        <source>The as-of date is not a real calendar date.</source>
        <translation>截至日期不是有效日期。</translation>
    </message>
</context>
<context>
    <name>liaison::StatsSeriesBuilder</name>
    <message>
        <source>The period needs a first day, a last day and an as-of day.</source>
        <translation>统计期间须有起始日、截止日和统计截至日。</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2).</source>
        <translation>统计期间的截止日（%1）早于起始日（%2）。</translation>
    </message>
    <message>
        <source>A period of at most ten years, please.</source>
        <translation>统计期间不能超过十年。</translation>
    </message>
</context>
<context>
    <name>liaison::TableExport</name>
    <message>
        <source>The file&apos;s name ends in .csv or .xlsx, which says how to write it.</source>
        <translation>文件名应以 .csv 或 .xlsx 结尾，据此确定输出格式。</translation>
    </message>
</context>
<context>
    <name>liaison::TableImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>line %1, %2 “%3”: %4</source>
        <translation>第%1行，“%2”列“%3”：%4</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业名录</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>企业联系人</translation>
    </message>
    <message>
        <source>Duty assignments</source>
        <translation>包联责任</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <source>The mapping names %1 columns, but the file has %2.</source>
        <translation>字段对应指定了 %1 列，但文件有 %2 列。</translation>
    </message>
    <message>
        <source>a second column for “%1”; map only one column to it</source>
        <translation>“%1”对应了第二列；每个字段只能对应一列</translation>
    </message>
    <message>
        <source>the column “%1” is missing</source>
        <translation>缺少“%1”列</translation>
    </message>
    <message>
        <source>no column names the enterprise; give “%1”</source>
        <translation>没有标明企业的列；请提供“%1”列</translation>
    </message>
    <message>
        <source>” or “</source>
        <translation>”或“</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2 columns</source>
        <translation>有%1个字段，但表头只有%2列</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>liaison::TextFile</name>
    <message>
        <source>“%1” is not an encoding this program reads; use auto, utf-8 or gb18030.</source>
        <translation>不支持编码“%1”，请使用 auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>The file is not valid GB18030 text.</source>
        <translation>文件不是有效的 GB18030 文本。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>文件不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text; is it a spreadsheet or a document?</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本，是否为电子表格或文档？</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 超过 %2 MB，请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>无法打开 %1：文件不存在。</translation>
    </message>
</context>
<context>
    <name>liaison::UserAccounts</name>
    <message>
        <source>Unknown user or wrong password, or the account is disabled.</source>
        <translation>用户名或密码错误，或账户已停用。</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address.</source>
        <translation>“%1”不是有效的 PostgreSQL 地址。</translation>
    </message>
    <message>
        <source>The server login %1 is not a user of this LiaisonDesk database.</source>
        <translation>服务器登录名 %1 不是本数据库的用户。</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>用户名为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name: use up to %2 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter (for example zhangmin).</source>
        <translation>“%1”不是有效的用户名：请使用不超过 %2 个小写字母、数字、“.”、“_”或“-”，并以字母开头（例如 zhangmin）。</translation>
    </message>
    <message>
        <source>This database already has users; sign in as an administrator.</source>
        <translation>该数据库已有用户，请以管理员身份登录。</translation>
    </message>
    <message>
        <source>A liaison officer must be tied to a person of a department or an area: their enterprises follow from it.</source>
        <translation>联络员须对应某一部门或镇街园区的人员，其负责的企业据此确定。</translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>人员 %1 不存在。</translation>
    </message>
    <message>
        <source>A liaison officer must be a person of a department or an area.</source>
        <translation>联络员须为某一部门或镇街园区的人员。</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>用户名 %1 已存在。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>Unknown user or wrong password. After %1 wrong passwords an account is locked for %2 minutes; an administrator can unlock it by setting a new password.</source>
        <translation>用户名或密码错误。连续 %1 次密码错误后账户将被锁定 %2 分钟；管理员可通过重设密码解除锁定。</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator.</source>
        <translation>账户 %1 已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>An administrator has disabled the account %1; it has been signed out.</source>
        <translation>管理员已停用账户 %1，该账户已退出登录。</translation>
    </message>
    <message>
        <source>The password of %1 was set anew (by an administrator, or on another computer); sign in with the new password.</source>
        <translation>账户 %1 的密码已被重新设置（由管理员重置，或在另一台电脑上修改），请使用新密码重新登录。</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>请先登录再修改密码。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>新密码与当前密码相同。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
</context>
<context>
    <name>liaison::UserCommand</name>
    <message>
        <source>Usage: liaisonctl --user NAME user COMMAND ...
  list                              the users, their roles and people (administrators)
  add NAME --role ROLE [--person P] a new user (administrators); ROLE: admin, supervisor,
                                    liaison, officer; P: a person&apos;s number or name, which a
                                    liaison must have; the password comes from
                                    LIAISON_NEW_PASSWORD or is asked for, and must be changed
                                    at the first sign-in
  passwd                            change your own password (the new one from
                                    LIAISON_NEW_PASSWORD or asked for)
  reset NAME                        set a new password for NAME, to be changed at the next
                                    sign-in; unlocks the account (administrators)
  disable NAME | enable NAME        stop or allow a user&apos;s sign-in (administrators)
</source>
        <translation>用法：liaisonctl --user 用户名 user 子命令 ...
  list                              列出用户及其角色、对应人员（管理员）
  add NAME --role ROLE [--person P] 新建用户（管理员）；ROLE：admin 管理员、supervisor 督办、
                                    liaison 联络员、officer 综合；P：人员编号或姓名，
                                    联络员必须指定；密码取自 LIAISON_NEW_PASSWORD，
                                    未设置时提示输入，用户首次登录时须修改
  passwd                            修改本人密码（新密码取自 LIAISON_NEW_PASSWORD
                                    或提示输入）
  reset NAME                        为 NAME 设置新密码，下次登录时须修改；
                                    同时解除锁定（管理员）
  disable NAME | enable NAME        停用或恢复用户登录（管理员）
</translation>
    </message>
    <message>
        <source>Unknown user command “%1”; see liaisonctl user --help.</source>
        <translation>未知的用户子命令“%1”；请参阅 liaisonctl user --help。</translation>
    </message>
    <message>
        <source>Write it as: liaisonctl user %1 NAME</source>
        <translation>请写作：liaisonctl user %1 用户名</translation>
    </message>
    <message>
        <source>“user %1” takes no arguments, but “%2” was given.</source>
        <translation>“user %1”不带参数，但给出了“%2”。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>There is no person “%1”.</source>
        <translation>不存在人员“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n people are named %1; give the person&apos;s number instead.</source>
        <translation>
            <numerusform>有 %n 人名为 %1，请改用人员编号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write it as: liaisonctl user add NAME --role ROLE [--person P]</source>
        <translation>请写作：liaisonctl user add 用户名 --role 角色 [--person 人员]</translation>
    </message>
    <message>
        <source>Unknown role “%1”; the roles are admin, supervisor, liaison and officer.</source>
        <translation>未知角色“%1”；可用角色为 admin、supervisor、liaison 和 officer。</translation>
    </message>
    <message>
        <source>Created the user %1 (%2); they choose their own password at the first sign-in.</source>
        <translation>已创建用户 %1（%2）；该用户首次登录时须自行设置密码。</translation>
    </message>
    <message>
        <source>Current password for %1: </source>
        <translation>%1 的当前密码：</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>The password of %1 is reset; they must change it at the next sign-in.</source>
        <translation>%1 的密码已重置，下次登录时须修改。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 已恢复登录。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已停用，不能再登录。</translation>
    </message>
</context>
<context>
    <name>liaison::UsersPage</name>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Set a new password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>对应人员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>may sign in</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Created %1; they choose their own password at the first sign-in.</source>
        <translation>已创建 %1；该用户首次登录时须自行设置密码。</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>再次输入该密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何修改。</translation>
    </message>
    <message>
        <source>%1 signs in with the new password and must then choose their own.</source>
        <translation>%1 须使用新密码登录，登录后须自行设置密码。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
</context>
<context>
    <name>liaison::VehiclePlate</name>
    <message>
        <source>The plate number “%1” is not valid: %2</source>
        <translation>车牌号“%1”无效：%2</translation>
    </message>
    <message numerus="yes">
        <source>it has %n character(s); a plate has 7, or 8 for a new-energy vehicle.</source>
        <translation>
            <numerusform>共%n位，车牌号应为7位，新能源车为8位。</numerusform>
        </translation>
    </message>
    <message>
        <source>it must begin with a province&apos;s abbreviation, such as 渝.</source>
        <translation>首字应为省（区、市）简称，如“渝”。</translation>
    </message>
    <message>
        <source>the second character must be the letter of the issuing office, such as A.</source>
        <translation>第二位应为发牌机关代号字母，如“A”。</translation>
    </message>
    <message>
        <source>after the office letter only digits and the letters A–Z (not I or O) may follow.</source>
        <translation>发牌机关代号后只能是数字和字母A–Z（不含I、O）。</translation>
    </message>
</context>
<context>
    <name>liaison::VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <source>Type the name, credit code or pinyin initials</source>
        <translation>输入企业名称、信用代码或拼音首字母</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>&amp;Enterprise</source>
        <translation>企业(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Who went</source>
        <translation>走访人员(&amp;W)</translation>
    </message>
    <message>
        <source>Production &amp;seen</source>
        <translation>生产状态(&amp;S)</translation>
    </message>
    <message>
        <source>Staff on site</source>
        <translation>在岗人数</translation>
    </message>
    <message>
        <source>Staff helped back since the last visit</source>
        <translation>上次走访以来协助返岗人数</translation>
    </message>
    <message>
        <source>Staff in closed-loop production</source>
        <translation>闭环生产人员</translation>
    </message>
    <message>
        <source>Capacity utilisation</source>
        <translation>产能利用率</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>企业反映的问题</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1（%n个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>What the enterprise asks for; Enter adds it</source>
        <translation>企业诉求，按回车添加</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>详细情况（选填）</translation>
    </message>
    <message>
        <source>&amp;Add problem</source>
        <translation>添加问题(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Save the visit and its problems (Ctrl+Return)</source>
        <translation>保存走访记录及问题（Ctrl+回车）</translation>
    </message>
    <message>
        <source>Type what the enterprise asks for before adding the problem.</source>
        <translation>请先填写企业诉求，再添加问题。</translation>
    </message>
    <message>
        <source>Choose the enterprise visited.</source>
        <translation>请选择走访的企业。</translation>
    </message>
    <message>
        <source>“%1” is not an enterprise of the register; choose one from the list.</source>
        <translation>“%1”不在企业名录中，请从列表中选择。</translation>
    </message>
    <message>
        <source>Discard what you typed for this visit?</source>
        <translation>放弃本次走访已填写的内容？</translation>
    </message>
</context>
<context>
    <name>liaison::VisitImporter</name>
    <message>
        <source>Date of visit</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>走访方式</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <source>Production status seen</source>
        <translation>生产状态</translation>
    </message>
    <message>
        <source>Staff on site</source>
        <translation>在岗人数</translation>
    </message>
    <message>
        <source>Staff returned</source>
        <translation>返岗人数</translation>
    </message>
    <message>
        <source>Staff in closed loop</source>
        <translation>闭环人数</translation>
    </message>
    <message>
        <source>Capacity used (%)</source>
        <translation>产能利用率(%)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>情况记录</translation>
    </message>
    <message>
        <source>this visit is already recorded</source>
        <translation>该次走访已登记</translation>
    </message>
    <message>
        <source>the same visit as line %1</source>
        <translation>与第%1行为同一次走访</translation>
    </message>
</context>
<context>
    <name>liaison::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Town/street/park</source>
        <translation>镇街园区</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <source>Production seen</source>
        <translation>生产状态</translation>
    </message>
    <message>
        <source>Staff on site</source>
        <translation>在岗人数</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>产能利用率</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>企业反映的问题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>liaison::VisitLog</name>
    <message>
        <source>Problem %1: %2</source>
        <translation>第%1个问题：%2</translation>
    </message>
    <message>
        <source>Seen at visit %1</source>
        <translation>走访记录 %1 所见</translation>
    </message>
</context>
<context>
    <name>liaison::VisitsPage</name>
    <message>
        <source>Enterprise name or pinyin</source>
        <translation>企业名称或拼音</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>起：不限</translation>
    </message>
    <message>
        <source>To: any</source>
        <translation>止：不限</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Log a visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <source>All towns, streets and parks</source>
        <translation>全部镇街园区</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>共 %n 次走访</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage over the last </source>
        <translation>近 </translation>
    </message>
    <message>
        <source>Counted up to the “to” date when one is set, otherwise up to today.</source>
        <translation>设置了截止日期时统计至该日，否则统计至今天。</translation>
    </message>
    <message>
        <source>Show the enterprises not visited</source>
        <translation>查看未走访企业</translation>
    </message>
    <message>
        <source>to %1: %2 of %3 enterprises visited (%4 %), %5 not visited</source>
        <translation>截至%1：已走访%2家，共%3家（%4%），未走访%5家</translation>
    </message>
    <message>
        <source> days</source>
        <comment>visit coverage window</comment>
        <translation> 天内走访覆盖</translation>
    </message>
</context>
<context>
    <name>liaison::XlsxTableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>liaison::ZipDirectory</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a workbook: its zip directory is missing or damaged.</source>
        <translation>%1 不是工作簿：其压缩目录缺失或已损坏。</translation>
    </message>
    <message>
        <source>%1 holds a member larger than 4 GiB, which no workbook to import needs.</source>
        <translation>%1 含有超过 4 GiB 的成员，导入用的工作簿不应如此之大。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LiaisonDesk</source>
        <translation>包联企业服务台</translation>
    </message>
    <message>
        <source>Enterprise liaison and problem coordination.</source>
        <translation>包联企业问题登记与协调办理。</translation>
    </message>
    <message>
        <source>The database: an SQLite file or a postgresql:// URL.</source>
        <translation>数据库：SQLite 文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>path|url</source>
        <translation>路径|地址</translation>
    </message>
    <message>
        <source>LiaisonDesk needs a display, and there is none here (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it in a desktop session, over ssh -X, or with xvfb-run; with QT_QPA_PLATFORM=offscreen it runs without showing anything.
liaisonctl does the same work without a window.</source>
        <translation>包联企业服务台需要图形显示环境，但当前未检测到（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。
请在桌面会话中启动，或通过 ssh -X 登录、使用 xvfb-run 启动；设置 QT_QPA_PLATFORM=offscreen 可在不显示窗口的情况下运行。
不需要窗口时，可使用命令行程序 liaisonctl 完成同样的工作。</translation>
    </message>
</context>
</TS>
