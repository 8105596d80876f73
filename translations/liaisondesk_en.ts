<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PermitDialog</name>
    <message>
        <source>Pass or driver white-list request</source>
        <translation>Pass or driver white-list request</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Enterprise</source>
        <translation>&amp;Enterprise</translation>
    </message>
    <message>
        <source>Type the name, credit code or pinyin initials</source>
        <translation>Type the name, credit code or pinyin initials</translation>
    </message>
    <message>
        <source>&amp;Plate number</source>
        <translation>&amp;Plate number</translation>
    </message>
    <message>
        <source>e.g. 渝A12345</source>
        <translation>e.g. 渝A12345</translation>
    </message>
    <message>
        <source>&amp;Driver</source>
        <translation>&amp;Driver</translation>
    </message>
    <message>
        <source>Driver&apos;s &amp;phone</source>
        <translation>Driver&apos;s &amp;phone</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <source>From — to, e.g. 西彭园区—果园港</source>
        <translation>From — to, e.g. 西彭园区—果园港</translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation>&amp;Vehicles</translation>
    </message>
    <message>
        <source>&amp;Applied on</source>
        <translation>&amp;Applied on</translation>
    </message>
    <message>
        <source>&amp;Granted on</source>
        <translation>&amp;Granted on</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Valid &amp;until</translation>
    </message>
</context>
<context>
    <name>liaison::AuditLog</name>
    <message>
        <source>it does not follow the entry before it: an entry was removed or changed</source>
        <translation>it does not follow the entry before it: an entry was removed or changed</translation>
    </message>
    <message>
        <source>its contents were changed after it was written</source>
        <translation>its contents were changed after it was written</translation>
    </message>
    <message>
        <source>every entry was removed; this computer saw entry %1 on %2</source>
        <translation>every entry was removed; this computer saw entry %1 on %2</translation>
    </message>
    <message>
        <source>the log begins with another entry than the one this computer saw on %1: the database was replaced or its log rewritten</source>
        <translation>the log begins with another entry than the one this computer saw on %1: the database was replaced or its log rewritten</translation>
    </message>
    <message>
        <source>it was removed, with any entry after it; this computer saw it on %1</source>
        <translation>it was removed, with any entry after it; this computer saw it on %1</translation>
    </message>
    <message>
        <source>it was rewritten after this computer saw it on %1</source>
        <translation>it was rewritten after this computer saw it on %1</translation>
    </message>
</context>
<context>
    <name>liaison::AuditPage</name>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>White-list batch</source>
        <translation>White-list batch</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Duty assignment</source>
        <translation>Duty assignment</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problem timeline</source>
        <translation>Problem timeline</translation>
    </message>
    <message>
        <source>Extension request</source>
        <translation>Extension request</translation>
    </message>
    <message>
        <source>Co-handling units</source>
        <translation>Co-handling units</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>Problem category</translation>
    </message>
    <message>
        <source>Pass or driver application</source>
        <translation>Pass or driver application</translation>
    </message>
    <message>
        <source>Supply link</source>
        <translation>Supply link</translation>
    </message>
    <message>
        <source>Staff transfer</source>
        <translation>Staff transfer</translation>
    </message>
    <message>
        <source>Production status</source>
        <translation>Production status</translation>
    </message>
    <message>
        <source>Work calendar year</source>
        <translation>Work calendar year</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>any number</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>No.:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Check the chain</translation>
    </message>
    <message>
        <source>Check that no entry was changed or removed behind LiaisonDesk&apos;s back</source>
        <translation>Check that no entry was changed or removed behind LiaisonDesk&apos;s back</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; narrow the filter to see older ones.</source>
        <translation>
            <numerusform>The newest %n entries; narrow the filter to see older ones.</numerusform>
            <numerusform>The newest %n entries; narrow the filter to see older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <translation>
            <numerusform>%n entries, newest first.</numerusform>
            <numerusform>%n entries, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1 of %2: %3. Someone changed the database outside LiaisonDesk; keep a copy of it and compare it with a backup.</source>
        <translation>The audit log is broken at entry %1 of %2: %3. Someone changed the database outside LiaisonDesk; keep a copy of it and compare it with a backup.</translation>
    </message>
    <message numerus="yes">
        <source>All %n entries are intact.</source>
        <translation>
            <numerusform>All %n entries are intact.</numerusform>
            <numerusform>All %n entries are intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::Backup</name>
    <message>
        <source>A PostgreSQL database is backed up on the server, with pg_dump; see the README.</source>
        <translation>A PostgreSQL database is backed up on the server, with pg_dump; see the README.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 exists already; choose a new name for the backup.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>The backup could not be written to %1: %2</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>The backup could not be written to %1.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>%1 is not a LiaisonDesk backup: not an SQLite database.</source>
        <translation>%1 is not a LiaisonDesk backup: not an SQLite database.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a database.</source>
        <translation>%1 cannot be opened as a database.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2).</source>
        <translation>%1 is damaged (integrity check: %2).</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>%1 is not a LiaisonDesk backup: it has no schema version.</source>
        <translation>%1 is not a LiaisonDesk backup: it has no schema version.</translation>
    </message>
    <message>
        <source>%1 was made by a newer LiaisonDesk (schema %2); update the program first.</source>
        <translation>%1 was made by a newer LiaisonDesk (schema %2); update the program first.</translation>
    </message>
    <message>
        <source>The backup is the database itself; nothing was changed.</source>
        <translation>The backup is the database itself; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is open in another program (process %2): close LiaisonDesk on this computer, or wait for liaisonctl to finish, then restore again. Nothing was changed.</source>
        <translation>%1 is open in another program (process %2): close LiaisonDesk on this computer, or wait for liaisonctl to finish, then restore again. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 could not be set aside; nothing was changed.</source>
        <translation>%1 could not be set aside; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 could not be written; the database is as it was.</source>
        <translation>%1 could not be written; the database is as it was.</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be made.</source>
        <translation>The backup folder %1 could not be made.</translation>
    </message>
    <message>
        <source>The weekly backup %1 could not be written.</source>
        <translation>The weekly backup %1 could not be written.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: %1</source>
        <translation>Today&apos;s backup could not be taken: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is in %1.</source>
        <translation>Today&apos;s backup is in %1.</translation>
    </message>
</context>
<context>
    <name>liaison::Briefing</name>
    <message>
        <source>“%1” is not an ISO week; write it as YYYY-Www, e.g. 2022-W49.</source>
        <translation>“%1” is not an ISO week; write it as YYYY-Www, e.g. 2022-W49.</translation>
    </message>
    <message>
        <source>%1 has no week %2.</source>
        <translation>%1 has no week %2.</translation>
    </message>
    <message>
        <source>The briefing&apos;s period needs a first and a last day.</source>
        <translation>The briefing&apos;s period needs a first and a last day.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2).</source>
        <translation>The period ends (%1) before it begins (%2).</translation>
    </message>
    <message>
        <source>A briefing covers a year at most.</source>
        <translation>A briefing covers a year at most.</translation>
    </message>
    <message>
        <source>The as-of date is not a real calendar date.</source>
        <translation>The as-of date is not a real calendar date.</translation>
    </message>
    <message>
        <source>The as-of day (%1) is before the period begins (%2).</source>
        <translation>The as-of day (%1) is before the period begins (%2).</translation>
    </message>
    <message>
        <source>No enterprises, visits or problems are recorded up to %1: there is nothing to report.</source>
        <translation>No enterprises, visits or problems are recorded up to %1: there is nothing to report.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date in the briefing&apos;s text</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date in the briefing&apos;s text</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>As of %1, all %2 above-size industrial enterprises directly managed by the district were back in production, a resumption rate of %3</source>
        <translation>As of %1, all %2 above-size industrial enterprises directly managed by the district were back in production, a resumption rate of %3</translation>
    </message>
    <message>
        <source>As of %1, %2 of the %3 above-size industrial enterprises directly managed by the district were back in production, a resumption rate of %4</source>
        <translation>As of %1, %2 of the %3 above-size industrial enterprises directly managed by the district were back in production, a resumption rate of %4</translation>
    </message>
    <message>
        <source>; all %1 enterprises about to be upgraded are producing too</source>
        <translation>; all %1 enterprises about to be upgraded are producing too</translation>
    </message>
    <message>
        <source>; %1 of the %2 enterprises about to be upgraded are producing</source>
        <translation>; %1 of the %2 enterprises about to be upgraded are producing</translation>
    </message>
    <message numerus="yes">
        <source>; %1 enterprises are on the district&apos;s white-list in %n batch(es)</source>
        <translation>
            <numerusform>; %1 enterprises are on the district&apos;s white-list in %n batch(es)</numerusform>
            <numerusform>; %1 enterprises are on the district&apos;s white-list in %n batch(es)</numerusform>
        </translation>
    </message>
    <message>
        <source>. </source>
        <translation>. </translation>
    </message>
    <message>
        <source>%1 problems of enterprises have been coordinated and resolved so far</source>
        <translation>%1 problems of enterprises have been coordinated and resolved so far</translation>
    </message>
    <message>
        <source>%1 problems of enterprises, such as %2, have been coordinated and resolved so far</source>
        <translation>%1 problems of enterprises, such as %2, have been coordinated and resolved so far</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>; %1 transport passes were obtained for enterprises and %2 applications put drivers of key industrial enterprises&apos; freight on the white-list</source>
        <translation>; %1 transport passes were obtained for enterprises and %2 applications put drivers of key industrial enterprises&apos; freight on the white-list</translation>
    </message>
    <message>
        <source>; %1 people were transferred, %2 staff helped back to work, %3 work in closed-loop production, and capacity utilisation stands at %4%.</source>
        <translation>; %1 people were transferred, %2 staff helped back to work, %3 work in closed-loop production, and capacity utilisation stands at %4%.</translation>
    </message>
    <message>
        <source>; %1 staff went back to work with their help and %2 people were transferred</source>
        <translation>; %1 staff went back to work with their help and %2 people were transferred</translation>
    </message>
    <message>
        <source>; they obtained %1 transport passes and filed %2 driver white-list applications for enterprises.</source>
        <translation>; they obtained %1 transport passes and filed %2 driver white-list applications for enterprises.</translation>
    </message>
    <message>
        <source>As of %1 no open problem is under red or yellow supervision or waiting to be escalated.</source>
        <translation>As of %1 no open problem is under red or yellow supervision or waiting to be escalated.</translation>
    </message>
    <message>
        <source>As of %1, %2 problems need coordinating: %3 under red supervision and %4 under yellow supervision; %5 of them are to be escalated. They are:</source>
        <translation>As of %1, %2 problems need coordinating: %3 under red supervision and %4 under yellow supervision; %5 of them are to be escalated. They are:</translation>
    </message>
    <message>
        <source>On %1</source>
        <comment>the days the period&apos;s figures count, opening a sentence</comment>
        <translation>On %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <comment>the days the period&apos;s figures count, opening a sentence</comment>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>%1 no visit to an enterprise was recorded</source>
        <translation>%1 no visit to an enterprise was recorded</translation>
    </message>
    <message>
        <source>%1 liaison staff visited enterprises %2 times and reached %3 of the %4 enterprises on the register (%5)</source>
        <translation>%1 liaison staff visited enterprises %2 times and reached %3 of the %4 enterprises on the register (%5)</translation>
    </message>
    <message>
        <source>%1 enterprises raised %2 new problems and %3 were resolved. As of %4, %5 problems have been collected in all and %6 resolved (%7); %8 are still being coordinated: %9 by towns, streets and parks, %10 by district departments and %11 by district leaders.</source>
        <translation>%1 enterprises raised %2 new problems and %3 were resolved. As of %4, %5 problems have been collected in all and %6 resolved (%7); %8 are still being coordinated: %9 by towns, streets and parks, %10 by district departments and %11 by district leaders.</translation>
    </message>
</context>
<context>
    <name>liaison::BriefingDocument</name>
    <message>
        <source>Liaison service to the district&apos;s above-size industrial enterprises</source>
        <translation>Liaison service to the district&apos;s above-size industrial enterprises</translation>
    </message>
    <message>
        <source>Liaison service to the above-size industrial enterprises of %1</source>
        <translation>Liaison service to the above-size industrial enterprises of %1</translation>
    </message>
    <message>
        <source>The briefing cannot be printed: the printer is not ready.</source>
        <translation>The briefing cannot be printed: the printer is not ready.</translation>
    </message>
    <message>
        <source>The briefing cannot be printed: no new page.</source>
        <translation>The briefing cannot be printed: no new page.</translation>
    </message>
    <message>
        <source>The briefing cannot be printed: the printer failed.</source>
        <translation>The briefing cannot be printed: the printer failed.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Work Briefing</source>
        <comment>the red masthead</comment>
        <translation>Work Briefing</translation>
    </message>
    <message>
        <source>No. %1</source>
        <comment>issue number under the masthead</comment>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <comment>under the masthead</comment>
        <translation>Issued by %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>the period under the title</comment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>(%1; figures as of %2)</source>
        <translation>(%1; figures as of %2)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Figure %1  %2</source>
        <translation>Figure %1  %2</translation>
    </message>
    <message>
        <source>I. Overall situation</source>
        <translation>I. Overall situation</translation>
    </message>
    <message>
        <source>Table %1  Main figures as of %2</source>
        <translation>Table %1  Main figures as of %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Directly managed above-size enterprises</source>
        <translation>Directly managed above-size enterprises</translation>
    </message>
    <message>
        <source>Back in production</source>
        <translation>Back in production</translation>
    </message>
    <message>
        <source>Resumption rate</source>
        <translation>Resumption rate</translation>
    </message>
    <message>
        <source>Capacity utilisation</source>
        <translation>Capacity utilisation</translation>
    </message>
    <message>
        <source>Problems collected</source>
        <translation>Problems collected</translation>
    </message>
    <message>
        <source>Problems resolved</source>
        <translation>Problems resolved</translation>
    </message>
    <message>
        <source>Problems being coordinated</source>
        <translation>Problems being coordinated</translation>
    </message>
    <message>
        <source>Visits to enterprises</source>
        <translation>Visits to enterprises</translation>
    </message>
    <message>
        <source>Transport passes</source>
        <translation>Transport passes</translation>
    </message>
    <message>
        <source>Driver white-list applications</source>
        <translation>Driver white-list applications</translation>
    </message>
    <message>
        <source>Staff back at work</source>
        <translation>Staff back at work</translation>
    </message>
    <message>
        <source>Staff in closed-loop production</source>
        <translation>Staff in closed-loop production</translation>
    </message>
    <message>
        <source>Problems coordinated and resolved, cumulative</source>
        <translation>Problems coordinated and resolved, cumulative</translation>
    </message>
    <message>
        <source>II. This week&apos;s work</source>
        <translation>II. This week&apos;s work</translation>
    </message>
    <message>
        <source>III. Coordinating problems</source>
        <translation>III. Coordinating problems</translation>
    </message>
    <message>
        <source>Table %1  Problems by category</source>
        <translation>Table %1  Problems by category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Raised this week</source>
        <translation>Raised this week</translation>
    </message>
    <message>
        <source>Resolved this week</source>
        <translation>Resolved this week</translation>
    </message>
    <message>
        <source>Raised to date</source>
        <translation>Raised to date</translation>
    </message>
    <message>
        <source>Resolved to date</source>
        <translation>Resolved to date</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Table %1  Problems by tier</source>
        <translation>Table %1  Problems by tier</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Problems by category, resolved and open</source>
        <translation>Problems by category, resolved and open</translation>
    </message>
    <message>
        <source>IV. Key problems to coordinate</source>
        <translation>IV. Key problems to coordinate</translation>
    </message>
    <message>
        <source>Table %1  Key problems to coordinate</source>
        <translation>Table %1  Key problems to coordinate</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Working days overdue</source>
        <translation>Working days overdue</translation>
    </message>
    <message>
        <source>to escalate</source>
        <translation>to escalate</translation>
    </message>
    <message>
        <source>Editor: %1</source>
        <translation>Editor: %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <comment>date of issue in the closing block</comment>
        <translation>Issued %1</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
</context>
<context>
    <name>liaison::BriefingMasthead</name>
    <message>
        <source>Economy and Information Commission</source>
        <comment>issuing office of the briefing</comment>
        <translation>Economy and Information Commission</translation>
    </message>
    <message>
        <source>District %1</source>
        <comment>issuing office without a district</comment>
        <translation>District %1</translation>
    </message>
</context>
<context>
    <name>liaison::BriefingPage</name>
    <message>
        <source>Any day of the week to report</source>
        <translation>Any day of the week to report</translation>
    </message>
    <message>
        <source>Save Excel workbook…</source>
        <translation>Save Excel workbook…</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 to %3</translation>
    </message>
    <message>
        <source>Save Excel workbook</source>
        <translation>Save Excel workbook</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>The figures count what was recorded up to the end of this day</source>
        <translation>The figures count what was recorded up to the end of this day</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>Print the briefing</source>
        <translation>Print the briefing</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>liaison::BriefingWorkbook</name>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>Cannot create the workbook %1.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Issue number</source>
        <translation>Issue number</translation>
    </message>
    <message>
        <source>Directly managed above-size enterprises</source>
        <translation>Directly managed above-size enterprises</translation>
    </message>
    <message>
        <source>of which in production</source>
        <translation>of which in production</translation>
    </message>
    <message>
        <source>Resumption rate (%)</source>
        <translation>Resumption rate (%)</translation>
    </message>
    <message>
        <source>Enterprises about to be upgraded</source>
        <translation>Enterprises about to be upgraded</translation>
    </message>
    <message>
        <source>White-listed enterprises</source>
        <translation>White-listed enterprises</translation>
    </message>
    <message>
        <source>Problems registered to date</source>
        <translation>Problems registered to date</translation>
    </message>
    <message>
        <source>Problems resolved to date</source>
        <translation>Problems resolved to date</translation>
    </message>
    <message>
        <source>Problems open</source>
        <translation>Problems open</translation>
    </message>
    <message>
        <source>Transport passes to date</source>
        <translation>Transport passes to date</translation>
    </message>
    <message>
        <source>Driver white-list applications to date</source>
        <translation>Driver white-list applications to date</translation>
    </message>
    <message>
        <source>People transferred to date</source>
        <translation>People transferred to date</translation>
    </message>
    <message>
        <source>Staff helped back to work to date</source>
        <translation>Staff helped back to work to date</translation>
    </message>
    <message>
        <source>Staff in closed-loop production</source>
        <translation>Staff in closed-loop production</translation>
    </message>
    <message>
        <source>Capacity utilisation (%)</source>
        <translation>Capacity utilisation (%)</translation>
    </message>
    <message>
        <source>Visits in the period</source>
        <translation>Visits in the period</translation>
    </message>
    <message>
        <source>Enterprises visited in the period</source>
        <translation>Enterprises visited in the period</translation>
    </message>
    <message>
        <source>Problems raised in the period</source>
        <translation>Problems raised in the period</translation>
    </message>
    <message>
        <source>Problems resolved in the period</source>
        <translation>Problems resolved in the period</translation>
    </message>
    <message>
        <source>Passes in the period</source>
        <translation>Passes in the period</translation>
    </message>
    <message>
        <source>Driver applications in the period</source>
        <translation>Driver applications in the period</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Town/street/park</source>
        <translation>Town/street/park</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>Who went</translation>
    </message>
    <message>
        <source>Production seen</source>
        <translation>Production seen</translation>
    </message>
    <message>
        <source>Staff on site</source>
        <translation>Staff on site</translation>
    </message>
    <message>
        <source>Staff returned</source>
        <translation>Staff returned</translation>
    </message>
    <message>
        <source>Closed loop</source>
        <translation>Closed loop</translation>
    </message>
    <message>
        <source>Capacity (%)</source>
        <translation>Capacity (%)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Raised in the period</source>
        <translation>Raised in the period</translation>
    </message>
    <message>
        <source>Resolved in the period</source>
        <translation>Resolved in the period</translation>
    </message>
    <message>
        <source>Raised to date</source>
        <translation>Raised to date</translation>
    </message>
    <message>
        <source>Resolved to date</source>
        <translation>Resolved to date</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Cannot write the workbook %1: %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <comment>sheet name</comment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Problems</source>
        <comment>sheet name</comment>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <source>Visits</source>
        <comment>sheet name</comment>
        <translation>Visits</translation>
    </message>
    <message>
        <source>By category</source>
        <comment>sheet name</comment>
        <translation>By category</translation>
    </message>
</context>
<context>
    <name>liaison::CalendarCommand</name>
    <message>
        <source>Write: liaisonctl calendar %1</source>
        <translation>Write: liaisonctl calendar %1</translation>
    </message>
    <message>
        <source>“calendar” needs an action: is-workday, add-workdays, workdays-between or add-year.</source>
        <translation>“calendar” needs an action: is-workday, add-workdays, workdays-between or add-year.</translation>
    </message>
    <message>
        <source>Unknown calendar action “%1”.</source>
        <translation>Unknown calendar action “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a number of working days (0 to 3650).</source>
        <translation>“%1” is not a number of working days (0 to 3650).</translation>
    </message>
    <message>
        <source>There is no official holiday schedule for %1: only weekends were counted as days off (an administrator can add it with “liaisonctl calendar add-year”).</source>
        <translation>There is no official holiday schedule for %1: only weekends were counted as days off (an administrator can add it with “liaisonctl calendar add-year”).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON calendar file: %2 at byte %3.</source>
        <translation>%1 is not a JSON calendar file: %2 at byte %3.</translation>
    </message>
    <message>
        <source>Stored the holiday schedule of %1.</source>
        <translation>Stored the holiday schedule of %1.</translation>
    </message>
</context>
<context>
    <name>liaison::CalendarStore</name>
    <message>
        <source>The calendar file has no “years” object; it must be laid out like the shipped cn-holidays.json.</source>
        <translation>The calendar file has no “years” object; it must be laid out like the shipped cn-holidays.json.</translation>
    </message>
    <message>
        <source>“%1” in the calendar file is not a year.</source>
        <translation>“%1” in the calendar file is not a year.</translation>
    </message>
    <message>
        <source>Year %1 of the calendar file: “%2” in “%3” is not a date (YYYY-MM-DD).</source>
        <translation>Year %1 of the calendar file: “%2” in “%3” is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Year %1 of the calendar file lists %2, which is not in or next to that year.</source>
        <translation>Year %1 of the calendar file lists %2, which is not in or next to that year.</translation>
    </message>
    <message>
        <source>Year %1 of the calendar file lists %2 twice.</source>
        <translation>Year %1 of the calendar file lists %2 twice.</translation>
    </message>
</context>
<context>
    <name>liaison::CategoryService</name>
    <message>
        <source>A deadline is %1 to %2 working days; %3 is outside that.</source>
        <translation>A deadline is %1 to %2 working days; %3 is outside that.</translation>
    </message>
    <message>
        <source>“%1” is not a problem category.</source>
        <translation>“%1” is not a problem category.</translation>
    </message>
</context>
<context>
    <name>liaison::CommandArguments</name>
    <message>
        <source>Unknown option “%1” for “%2”.</source>
        <translation>Unknown option “%1” for “%2”.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
</context>
<context>
    <name>liaison::ConnectionSettings</name>
    <message>
        <source>Choose the database file.</source>
        <translation>Choose the database file.</translation>
    </message>
    <message>
        <source>The server&apos;s host name or address is required.</source>
        <translation>The server&apos;s host name or address is required.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or address.</source>
        <translation>“%1” is not a host name or address.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>The port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>The database name is required.</source>
        <translation>The database name is required.</translation>
    </message>
    <message>
        <source>The database name cannot contain “/”.</source>
        <translation>The database name cannot contain “/”.</translation>
    </message>
</context>
<context>
    <name>liaison::ContactImporter</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>the same contact of the same enterprise as line %1</source>
        <translation>the same contact of the same enterprise as line %1</translation>
    </message>
</context>
<context>
    <name>liaison::CreditCode</name>
    <message>
        <source>The unified social credit code is required.</source>
        <translation>The unified social credit code is required.</translation>
    </message>
    <message>
        <source>The unified social credit code “%1” has %2 characters; it must have 18.</source>
        <translation>The unified social credit code “%1” has %2 characters; it must have 18.</translation>
    </message>
    <message>
        <source>The unified social credit code “%1” has “%2” in place %3; only digits and the capital letters A–Y without I, O, S, V and Z are used.</source>
        <translation>The unified social credit code “%1” has “%2” in place %3; only digits and the capital letters A–Y without I, O, S, V and Z are used.</translation>
    </message>
    <message>
        <source>The unified social credit code “%1” must have the administrative division code (six digits) in places 3 to 8.</source>
        <translation>The unified social credit code “%1” must have the administrative division code (six digits) in places 3 to 8.</translation>
    </message>
    <message>
        <source>The unified social credit code “%1” is not valid: its check character is “%2”, it should be “%3”. Check the code for a typing error.</source>
        <translation>The unified social credit code “%1” is not valid: its check character is “%2”, it should be “%3”. Check the code for a typing error.</translation>
    </message>
</context>
<context>
    <name>liaison::CsvReader</name>
    <message>
        <source>Line %1: a quoted field must end at a comma or at the end of the line.</source>
        <translation>Line %1: a quoted field must end at a comma or at the end of the line.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Line %1: a quoted field is never closed.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
</context>
<context>
    <name>liaison::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>liaison::CtlApplication</name>
    <message>
        <source>Try “liaisonctl --help” for the commands and options.</source>
        <translation>Try “liaisonctl --help” for the commands and options.</translation>
    </message>
    <message>
        <source>Usage: liaisonctl [--db PATH|postgresql://user@host:port/db] [--user NAME] COMMAND ...</source>
        <translation>Usage: liaisonctl [--db PATH|postgresql://user@host:port/db] [--user NAME] COMMAND ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>create the database, or upgrade it to this version</source>
        <translation>create the database, or upgrade it to this version</translation>
    </message>
    <message>
        <source>fill an empty database with the reference scenario</source>
        <translation>fill an empty database with the reference scenario</translation>
    </message>
    <message>
        <source>the headline figures as of a date (default: today)</source>
        <translation>the headline figures as of a date (default: today)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>the database (default: %1; or LIAISON_DB)</source>
        <translation>the database (default: %1; or LIAISON_DB)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>show the version</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 failed, 2 usage error, 3 permission denied, 4 conflict.</source>
        <translation>Exit status: 0 done, 1 failed, 2 usage error, 3 permission denied, 4 conflict.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Unknown option “%1”.</translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation>No command was given.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>“init” takes no arguments, but “%1” was given.</source>
        <translation>“init” takes no arguments, but “%1” was given.</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation>The database %1 is ready (schema version %2).</translation>
    </message>
    <message>
        <source>Unknown argument “%1” for “demo”.</source>
        <translation>Unknown argument “%1” for “demo”.</translation>
    </message>
    <message>
        <source>Unknown scenario “%1”; the scenario available is %2.</source>
        <translation>Unknown scenario “%1”; the scenario available is %2.</translation>
    </message>
    <message>
        <source>Loaded the scenario %1 into %2 in %3 s.</source>
        <translation>Loaded the scenario %1 into %2 in %3 s.</translation>
    </message>
    <message>
        <source>Unknown argument “%1” for “stats”.</source>
        <translation>Unknown argument “%1” for “stats”.</translation>
    </message>
    <message>
        <source>--as-of: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--as-of: “%1” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Directly managed above-size enterprises</source>
        <translation>Directly managed above-size enterprises</translation>
    </message>
    <message>
        <source>  of which in production</source>
        <translation>  of which in production</translation>
    </message>
    <message>
        <source>Resumption rate</source>
        <translation>Resumption rate</translation>
    </message>
    <message>
        <source>Enterprises about to be upgraded</source>
        <translation>Enterprises about to be upgraded</translation>
    </message>
    <message>
        <source>White-listed enterprises</source>
        <translation>White-listed enterprises</translation>
    </message>
    <message>
        <source>%1 in %2 batches</source>
        <translation>%1 in %2 batches</translation>
    </message>
    <message>
        <source>Problems registered</source>
        <translation>Problems registered</translation>
    </message>
    <message>
        <source>  resolved</source>
        <translation>  resolved</translation>
    </message>
    <message>
        <source>  open</source>
        <translation>  open</translation>
    </message>
    <message>
        <source>Transport passes issued</source>
        <translation>Transport passes issued</translation>
    </message>
    <message>
        <source>Driver white-list applications</source>
        <translation>Driver white-list applications</translation>
    </message>
    <message>
        <source>People transferred</source>
        <translation>People transferred</translation>
    </message>
    <message>
        <source>Staff helped back to work</source>
        <translation>Staff helped back to work</translation>
    </message>
    <message>
        <source>Staff in closed-loop production</source>
        <translation>Staff in closed-loop production</translation>
    </message>
    <message>
        <source>Capacity utilisation</source>
        <translation>Capacity utilisation</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure of the stats output</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>true or false: is the day a working day</source>
        <translation>true or false: is the day a working day</translation>
    </message>
    <message>
        <source>the date N working days after DATE</source>
        <translation>the date N working days after DATE</translation>
    </message>
    <message>
        <source>working days after A up to B</source>
        <translation>working days after A up to B</translation>
    </message>
    <message>
        <source>store or correct holiday schedules (the cn-holidays.json layout)</source>
        <translation>store or correct holiday schedules (the cn-holidays.json layout)</translation>
    </message>
    <message>
        <source>the problem workflow; “liaisonctl issue --help” for more</source>
        <translation>the problem workflow; “liaisonctl issue --help” for more</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Dates are written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>the daily series and the breakdowns (default: the 30 days up to the as-of day)</source>
        <translation>the daily series and the breakdowns (default: the 30 days up to the as-of day)</translation>
    </message>
    <message>
        <source>Date        Coordinated  Resolved  Resumption  Capacity  Visits  Passes  Drivers</source>
        <translation>Date        Coordinated  Resolved  Resumption  Capacity  Visits  Passes  Drivers</translation>
    </message>
    <message>
        <source>--from and --to go with --series.</source>
        <translation>--from and --to go with --series.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1: “%2” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown argument “%1” for “briefing”.</source>
        <translation>Unknown argument “%1” for “briefing”.</translation>
    </message>
    <message>
        <source>Give either --week or --from and --to, not both.</source>
        <translation>Give either --week or --from and --to, not both.</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from and --to go together.</translation>
    </message>
    <message>
        <source>--from and --to take dates written YYYY-MM-DD.</source>
        <translation>--from and --to take dates written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>This liaisonctl was built without the widget library and cannot write PDF; use --json or --xlsx.</source>
        <translation>This liaisonctl was built without the widget library and cannot write PDF; use --json or --xlsx.</translation>
    </message>
    <message>
        <source>Say how to write the briefing: --pdf FILE, --xlsx FILE or --json.</source>
        <translation>Say how to write the briefing: --pdf FILE, --xlsx FILE or --json.</translation>
    </message>
    <message>
        <source>the weekly briefing as an A4 PDF, an Excel workbook or JSON (default: this week)</source>
        <translation>the weekly briefing as an A4 PDF, an Excel workbook or JSON (default: this week)</translation>
    </message>
    <message>
        <source>The fonts %1 are not installed (Debian packages fonts-noto-cjk and fonts-liberation2); the PDF uses others.</source>
        <translation>The fonts %1 are not installed (Debian packages fonts-noto-cjk and fonts-liberation2); the PDF uses others.</translation>
    </message>
    <message>
        <source>Creates the database, or upgrades it to this version. A database that is already current is left as it is.</source>
        <translation>Creates the database, or upgrades it to this version. A database that is already current is left as it is.</translation>
    </message>
    <message>
        <source>The headline figures as of a day (default: today). With --series, the figures of every day from --from to --to (default: the 30 days up to the as-of day) and the breakdowns the dashboard draws.</source>
        <translation>The headline figures as of a day (default: today). With --series, the figures of every day from --from to --to (default: the 30 days up to the as-of day) and the breakdowns the dashboard draws.</translation>
    </message>
    <message>
        <source>The weekly briefing (default: this week; a past week as it stood at its end): an A4 PDF laid out after GB/T 9704-2012, an Excel workbook, or its figures as JSON; several may be given together. --district, --office and --editor set the masthead instead of the one saved in Settings. No display is needed.</source>
        <translation>The weekly briefing (default: this week; a past week as it stood at its end): an A4 PDF laid out after GB/T 9704-2012, an Excel workbook, or its figures as JSON; several may be given together. --district, --office and --editor set the masthead instead of the one saved in Settings. No display is needed.</translation>
    </message>
    <message>
        <source>Working days after the State Council&apos;s holiday calendar: whether a day is a working day, the day N working days later, the working days after A up to B; add-year stores or corrects the schedules of a file laid out like cn-holidays.json.</source>
        <translation>Working days after the State Council&apos;s holiday calendar: whether a day is a working day, the day N working days later, the working days after A up to B; add-year stores or corrects the schedules of a file laid out like cn-holidays.json.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>the file as read, without checking it</source>
        <translation>the file as read, without checking it</translation>
    </message>
    <message>
        <source>an empty file with the recognised headers</source>
        <translation>an empty file with the recognised headers</translation>
    </message>
    <message>
        <source>as .csv (UTF-8 for Excel) or .xlsx</source>
        <translation>as .csv (UTF-8 for Excel) or .xlsx</translation>
    </message>
    <message>
        <source>check every row of a CSV, .xlsx or .ods file and import all of it or nothing (KIND: enterprises, contacts, duties, visits, issues)</source>
        <translation>check every row of a CSV, .xlsx or .ods file and import all of it or nothing (KIND: enterprises, contacts, duties, visits, issues)</translation>
    </message>
    <message>
        <source>Reads a CSV file as Excel or WPS write it: UTF-8 with or without a byte-order mark, or GB18030 (GBK) without one (--encoding overrides the detection), or the first sheet of an .xlsx or .ods workbook. Headers are recognised in Chinese and English (企业名称, 统一社会信用代码, 所属镇街, 行业 …); --map names the field of any other column, or “-” to leave it out. Every row is checked, and the enterprises, areas, departments and people it names must be registered. An enterprise whose credit code is registered is updated, as is a contact of the same name at the same enterprise; a duty assignment that differs from the one in force hands it over. Anything invalid is reported by line and column, and then nothing is written (exit status 1). --dry-run checks only. KIND: enterprises, contacts, duties, visits, issues.</source>
        <translation>Reads a CSV file as Excel or WPS write it: UTF-8 with or without a byte-order mark, or GB18030 (GBK) without one (--encoding overrides the detection), or the first sheet of an .xlsx or .ods workbook. Headers are recognised in Chinese and English (企业名称, 统一社会信用代码, 所属镇街, 行业 …); --map names the field of any other column, or “-” to leave it out. Every row is checked, and the enterprises, areas, departments and people it names must be registered. An enterprise whose credit code is registered is updated, as is a contact of the same name at the same enterprise; a duty assignment that differs from the one in force hands it over. Anything invalid is reported by line and column, and then nothing is written (exit status 1). --dry-run checks only. KIND: enterprises, contacts, duties, visits, issues.</translation>
    </message>
    <message>
        <source>Writes every record of the kind, with the headers import recognises: CSV in UTF-8 with a byte-order mark (so that Excel opens it right), or an Excel workbook. KIND: enterprises, contacts, duties (the assignments in force), visits, issues.</source>
        <translation>Writes every record of the kind, with the headers import recognises: CSV in UTF-8 with a byte-order mark (so that Excel opens it right), or an Excel workbook. KIND: enterprises, contacts, duties (the assignments in force), visits, issues.</translation>
    </message>
    <message>
        <source>Fields, as --map names them:</source>
        <translation>Fields, as --map names them:</translation>
    </message>
    <message>
        <source>check that no entry of the audit log was changed or removed</source>
        <translation>check that no entry of the audit log was changed or removed</translation>
    </message>
    <message>
        <source>Walks the audit log&apos;s chain of entries: each entry&apos;s hash covers its contents and the entry before it. Says how many entries there are, or names the first entry that was changed or removed behind the program&apos;s back (exit status 1).</source>
        <translation>Walks the audit log&apos;s chain of entries: each entry&apos;s hash covers its contents and the entry before it. Says how many entries there are, or names the first entry that was changed or removed behind the program&apos;s back (exit status 1).</translation>
    </message>
    <message>
        <source>Write it as: audit verify</source>
        <translation>Write it as: audit verify</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1 of %2: %3.</source>
        <translation>The audit log is broken at entry %1 of %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log&apos;s %n entries are intact.</source>
        <translation>
            <numerusform>The audit log&apos;s %n entries are intact.</numerusform>
            <numerusform>The audit log&apos;s %n entries are intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>a checked copy of the SQLite database, taken while it is in use</source>
        <translation>a checked copy of the SQLite database, taken while it is in use</translation>
    </message>
    <message>
        <source>replace the SQLite database with a checked backup, keeping the old one</source>
        <translation>replace the SQLite database with a checked backup, keeping the old one</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the SQLite database to FILE, which must not exist yet, even while LiaisonDesk or another liaisonctl is writing to it; the copy is checked (integrity_check, schema) before it is kept. PostgreSQL is backed up with pg_dump.</source>
        <translation>Writes a consistent copy of the SQLite database to FILE, which must not exist yet, even while LiaisonDesk or another liaisonctl is writing to it; the copy is checked (integrity_check, schema) before it is kept. PostgreSQL is backed up with pg_dump.</translation>
    </message>
    <message>
        <source>Replaces the SQLite database with the backup FILE after checking it: a file that is not a sound LiaisonDesk database changes nothing. The database as it was is kept next to it, named with the date and time. Close LiaisonDesk on this database first.</source>
        <translation>Replaces the SQLite database with the backup FILE after checking it: a file that is not a sound LiaisonDesk database changes nothing. The database as it was is kept next to it, named with the date and time. Close LiaisonDesk on this database first.</translation>
    </message>
    <message>
        <source>Write it as: backup FILE</source>
        <translation>Write it as: backup FILE</translation>
    </message>
    <message>
        <source>Backed up %1 to %2, checked.</source>
        <translation>Backed up %1 to %2, checked.</translation>
    </message>
    <message>
        <source>Write it as: restore FILE</source>
        <translation>Write it as: restore FILE</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored on the server, with pg_restore; see the README.</source>
        <translation>A PostgreSQL database is restored on the server, with pg_restore; see the README.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the database as it was is kept as %3.</source>
        <translation>Restored %1 from %2; the database as it was is kept as %3.</translation>
    </message>
    <message>
        <source>the users and their passwords; “liaisonctl user --help” for more</source>
        <translation>the users and their passwords; “liaisonctl user --help” for more</translation>
    </message>
    <message>
        <source>who is acting (or LIAISON_USER); the password comes from LIAISON_PASSWORD or is asked for</source>
        <translation>who is acting (or LIAISON_USER); the password comes from LIAISON_PASSWORD or is asked for</translation>
    </message>
    <message>
        <source>%1 has no users yet; create the first administrator with: liaisonctl init --user NAME</source>
        <translation>%1 has no users yet; create the first administrator with: liaisonctl init --user NAME</translation>
    </message>
    <message>
        <source>Say who you are with --user NAME (or LIAISON_USER); the password comes from LIAISON_PASSWORD or is asked for.</source>
        <translation>Say who you are with --user NAME (or LIAISON_USER); the password comes from LIAISON_PASSWORD or is asked for.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password was given (LIAISON_PASSWORD or typed).</source>
        <translation>No password was given (LIAISON_PASSWORD or typed).</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>No new password was given (LIAISON_NEW_PASSWORD or typed).</source>
        <translation>No new password was given (LIAISON_NEW_PASSWORD or typed).</translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation>The new password again: </translation>
    </message>
    <message>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>The two new passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>Created the administrator %1.</source>
        <translation>Created the administrator %1.</translation>
    </message>
    <message>
        <source>Its users sign in with the password %1 and must then choose their own:</source>
        <translation>Its users sign in with the password %1 and must then choose their own:</translation>
    </message>
    <message>
        <source>fill an empty database with a year of made-up data at that size</source>
        <translation>fill an empty database with a year of made-up data at that size</translation>
    </message>
    <message>
        <source>Fills an empty database with the reference scenario: Jiulongpo district, Chongqing, from 1 November to 5 December 2022. With --scale, fills it instead with a year of made-up data (6 December 2021 to 5 December 2022) for a district (300 enterprises), a city (7,000) or a province (70,000 enterprises, about 2,000,000 visits and 1,000,000 problems), the same for the same seed, to try LiaisonDesk at that size.</source>
        <translation>Fills an empty database with the reference scenario: Jiulongpo district, Chongqing, from 1 November to 5 December 2022. With --scale, fills it instead with a year of made-up data (6 December 2021 to 5 December 2022) for a district (300 enterprises), a city (7,000) or a province (70,000 enterprises, about 2,000,000 visits and 1,000,000 problems), the same for the same seed, to try LiaisonDesk at that size.</translation>
    </message>
    <message>
        <source>Give either --scenario or --scale, not both.</source>
        <translation>Give either --scenario or --scale, not both.</translation>
    </message>
    <message>
        <source>--seed goes with --scale.</source>
        <translation>--seed goes with --scale.</translation>
    </message>
    <message>
        <source>Unknown size “%1”; the sizes are %2.</source>
        <translation>Unknown size “%1”; the sizes are %2.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to 4294967295, not “%1”.</source>
        <translation>The seed must be a whole number from 0 to 4294967295, not “%1”.</translation>
    </message>
    <message>
        <source>%1 of %2 enterprises (%3 s)</source>
        <translation>%1 of %2 enterprises (%3 s)</translation>
    </message>
    <message>
        <source>Loaded %1 (seed %2) into %3 in %4 s.</source>
        <translation>Loaded %1 (seed %2) into %3 in %4 s.</translation>
    </message>
</context>
<context>
    <name>liaison::DashboardCharts</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Coordinated (cumulative): %1</source>
        <translation>Coordinated (cumulative): %1</translation>
    </message>
    <message>
        <source>Resolved (cumulative): %1</source>
        <translation>Resolved (cumulative): %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resumption rate</source>
        <translation>Resumption rate</translation>
    </message>
    <message>
        <source>Capacity utilisation</source>
        <translation>Capacity utilisation</translation>
    </message>
    <message>
        <source>Percent (%)</source>
        <translation>Percent (%)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Problems coordinated and resolved</source>
        <translation>Problems coordinated and resolved</translation>
    </message>
    <message>
        <source>Problems by category</source>
        <translation>Problems by category</translation>
    </message>
    <message>
        <source>Open problems by tier</source>
        <translation>Open problems by tier</translation>
    </message>
    <message>
        <source>Open problems by town, street or park</source>
        <translation>Open problems by town, street or park</translation>
    </message>
    <message>
        <source>Time to resolve by category</source>
        <translation>Time to resolve by category</translation>
    </message>
    <message>
        <source>Problems (count)</source>
        <translation>Problems (count)</translation>
    </message>
    <message>
        <source>Open problems (count)</source>
        <translation>Open problems (count)</translation>
    </message>
    <message>
        <source>Visited in the last 7 days</source>
        <translation>Visited in the last 7 days</translation>
    </message>
    <message>
        <source>Resumption, capacity and visit coverage</source>
        <translation>Resumption, capacity and visit coverage</translation>
    </message>
</context>
<context>
    <name>liaison::DashboardPage</name>
    <message>
        <source>The figures, the colours and the open problems are as of the end of this day.</source>
        <translation>The figures, the colours and the open problems are as of the end of this day.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Right-click a chart to copy or save it; click a bar to see its problems.</source>
        <translation>Right-click a chart to copy or save it; click a bar to see its problems.</translation>
    </message>
    <message>
        <source>Back in production</source>
        <translation>Back in production</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 of %2 · %3</translation>
    </message>
    <message>
        <source>About to be upgraded, producing</source>
        <translation>About to be upgraded, producing</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Problems resolved</source>
        <translation>Problems resolved</translation>
    </message>
    <message>
        <source>Problems open</source>
        <translation>Problems open</translation>
    </message>
    <message>
        <source>Passes issued</source>
        <translation>Passes issued</translation>
    </message>
    <message>
        <source>Driver white-list applications</source>
        <translation>Driver white-list applications</translation>
    </message>
    <message>
        <source>Staff back at work</source>
        <translation>Staff back at work</translation>
    </message>
    <message>
        <source>Capacity utilisation</source>
        <translation>Capacity utilisation</translation>
    </message>
    <message>
        <source>%1 on the week before</source>
        <translation>%1 on the week before</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <comment>percentage points</comment>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>White-listed enterprises</source>
        <translation>White-listed enterprises</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n batch(es)</source>
        <translation>
            <numerusform>%1 in %n batch(es)</numerusform>
            <numerusform>%1 in %n batch(es)</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff in closed-loop production</source>
        <translation>Staff in closed-loop production</translation>
    </message>
    <message>
        <source>People transferred</source>
        <translation>People transferred</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>liaison::Database</name>
    <message>
        <source>The PostgreSQL address may carry only %1, as plain values; “%2” is not one.</source>
        <translation>The PostgreSQL address may carry only %1, as plain values; “%2” is not one.</translation>
    </message>
    <message>
        <source>No database was named.</source>
        <translation>No database was named.</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address; write postgresql://user@host:port/database.</source>
        <translation>“%1” is not a valid PostgreSQL address; write postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation>The PostgreSQL driver for Qt (QPSQL) is not installed.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server %1: %2</source>
        <translation>Cannot connect to the PostgreSQL server %1: %2</translation>
    </message>
    <message>
        <source>The database %1 does not exist; create it with “liaisonctl init”.</source>
        <translation>The database %1 does not exist; create it with “liaisonctl init”.</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 is not a database file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>Cannot create the database file %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database file (%2).</source>
        <translation>%1 is not an SQLite database file (%2).</translation>
    </message>
    <message>
        <source>%1 already holds other data and is not a LiaisonDesk database; nothing was changed.</source>
        <translation>%1 already holds other data and is not a LiaisonDesk database; nothing was changed.</translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>The database refused a statement: %1</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <source>The database reported an error: %1 (%2)</source>
        <translation>The database reported an error: %1 (%2)</translation>
    </message>
    <message>
        <source>The SQLite library of the connection is not available.</source>
        <translation>The SQLite library of the connection is not available.</translation>
    </message>
</context>
<context>
    <name>liaison::DatabasePrompt</name>
    <message>
        <source>Connect to the server</source>
        <translation>Connect to the server</translation>
    </message>
    <message>
        <source>%1

Password of %2 on %3:</source>
        <translation>%1

Password of %2 on %3:</translation>
    </message>
</context>
<context>
    <name>liaison::DomainText</name>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>Industrial park</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Specialised and innovative</source>
        <translation>Specialised and innovative</translation>
    </message>
    <message>
        <source>Chain leader</source>
        <translation>Chain leader</translation>
    </message>
    <message>
        <source>Key link of an industrial chain</source>
        <translation>Key link of an industrial chain</translation>
    </message>
    <message>
        <source>Leading industry</source>
        <translation>Leading industry</translation>
    </message>
    <message>
        <source>Normal production</source>
        <translation>Normal production</translation>
    </message>
    <message>
        <source>Partial production</source>
        <translation>Partial production</translation>
    </message>
    <message>
        <source>Closed-loop production</source>
        <translation>Closed-loop production</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>Town/street/park</source>
        <translation>Town/street/park</translation>
    </message>
    <message>
        <source>District department</source>
        <translation>District department</translation>
    </message>
    <message>
        <source>District leader</source>
        <translation>District leader</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Transport pass</source>
        <translation>Transport pass</translation>
    </message>
    <message>
        <source>Driver white-list</source>
        <translation>Driver white-list</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>Liaison officer</translation>
    </message>
    <message>
        <source>General office</source>
        <translation>General office</translation>
    </message>
    <message>
        <source>Directly managed</source>
        <translation>Directly managed</translation>
    </message>
    <message>
        <source>Pre-upgrade</source>
        <translation>Pre-upgrade</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>timeline event</comment>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Assigned</source>
        <comment>timeline event</comment>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Escalated</source>
        <comment>timeline event</comment>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Urged</source>
        <comment>timeline event</comment>
        <translation>Urged</translation>
    </message>
    <message>
        <source>Commented</source>
        <comment>timeline event</comment>
        <translation>Commented</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>timeline event</comment>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <comment>timeline event</comment>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <source>Returned</source>
        <comment>timeline event</comment>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Work started</source>
        <comment>timeline event</comment>
        <translation>Work started</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <comment>timeline event</comment>
        <translation>Extension requested</translation>
    </message>
    <message>
        <source>Extension approved</source>
        <comment>timeline event</comment>
        <translation>Extension approved</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <comment>timeline event</comment>
        <translation>Extension refused</translation>
    </message>
    <message>
        <source>Green: on time</source>
        <translation>Green: on time</translation>
    </message>
    <message>
        <source>Blue: half the time used</source>
        <translation>Blue: half the time used</translation>
    </message>
    <message>
        <source>Yellow: due within a day</source>
        <translation>Yellow: due within a day</translation>
    </message>
    <message>
        <source>Red: overdue</source>
        <translation>Red: overdue</translation>
    </message>
</context>
<context>
    <name>liaison::DutyImporter</name>
    <message>
        <source>District leader</source>
        <translation>District leader</translation>
    </message>
    <message>
        <source>District department</source>
        <translation>District department</translation>
    </message>
    <message>
        <source>Department liaison</source>
        <translation>Department liaison</translation>
    </message>
    <message>
        <source>Town, street or park</source>
        <translation>Town, street or park</translation>
    </message>
    <message>
        <source>Area liaison</source>
        <translation>Area liaison</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>this person does not work for %1</source>
        <translation>this person does not work for %1</translation>
    </message>
    <message>
        <source>this person does not work for this town, street or park</source>
        <translation>this person does not work for this town, street or park</translation>
    </message>
    <message>
        <source>the same enterprise as line %1</source>
        <translation>the same enterprise as line %1</translation>
    </message>
    <message>
        <source>the assignment in force began on %1; a new one must begin after it</source>
        <translation>the assignment in force began on %1; a new one must begin after it</translation>
    </message>
</context>
<context>
    <name>liaison::DutyMatrixPage</name>
    <message>
        <source>Name, credit code or pinyin</source>
        <translation>Name, credit code or pinyin</translation>
    </message>
    <message>
        <source>Hand over the selected enterprises</source>
        <translation>Hand over the selected enterprises</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Taken over by</source>
        <translation>Taken over by</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Enterprises each person covers</source>
        <translation>Enterprises each person covers</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>All towns, streets and parks</source>
        <translation>All towns, streets and parks</translation>
    </message>
    <message>
        <source>Any district leader</source>
        <translation>Any district leader</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Any department</translation>
    </message>
    <message>
        <source>Anyone on duty</source>
        <translation>Anyone on duty</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Duty matrix</source>
        <translation>Duty matrix</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n enterprise</numerusform>
            <numerusform>%n enterprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand over %n enterprise(s)</source>
        <translation>
            <numerusform>Hand over %n enterprise</numerusform>
            <numerusform>Hand over %n enterprises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::DutyService</name>
    <message>
        <source>District leader</source>
        <translation>District leader</translation>
    </message>
    <message>
        <source>Department liaison</source>
        <translation>Department liaison</translation>
    </message>
    <message>
        <source>Area liaison</source>
        <translation>Area liaison</translation>
    </message>
    <message>
        <source>Select the enterprises to hand over.</source>
        <translation>Select the enterprises to hand over.</translation>
    </message>
    <message>
        <source>The hand-over date is not a real calendar date.</source>
        <translation>The hand-over date is not a real calendar date.</translation>
    </message>
    <message>
        <source>There is no person number %1.</source>
        <translation>There is no person number %1.</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot take over.</source>
        <translation>%1 is no longer active and cannot take over.</translation>
    </message>
    <message>
        <source>%1 does not work for the department chosen.</source>
        <translation>%1 does not work for the department chosen.</translation>
    </message>
    <message>
        <source>%1 has no duty assignment in force on %2 to hand over.</source>
        <translation>%1 has no duty assignment in force on %2 to hand over.</translation>
    </message>
    <message>
        <source>%1 works for another town, street or park than the enterprise.</source>
        <translation>%1 works for another town, street or park than the enterprise.</translation>
    </message>
</context>
<context>
    <name>liaison::EnterpriseDetailPane</name>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Log a visit…</source>
        <translation>Log a visit…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Town/street/park</source>
        <translation>Town/street/park</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Visits</source>
        <comment>navigation</comment>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>The enterprise name is required.</source>
        <translation>The enterprise name is required.</translation>
    </message>
    <message>
        <source>The industry is required.</source>
        <translation>The industry is required.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>%1: leader %2; %3 %4; %5 %6</source>
        <translation>%1: leader %2; %3 %4; %5 %6</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · %4</source>
        <translation>%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No. %1 %2 · %3 · %4</source>
        <translation>No. %1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Log a problem…</source>
        <translation>Log a problem…</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>Supply chain</translation>
    </message>
    <message>
        <source>Supplier: %1 · %2 · %3</source>
        <translation>Supplier: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Customer: %1 · %2 · %3</source>
        <translation>Customer: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>No suppliers or customers recorded.</source>
        <translation>No suppliers or customers recorded.</translation>
    </message>
    <message>
        <source>Only an administrator may change an enterprise&apos;s name, credit code, town/street/park or scale.</source>
        <translation>Only an administrator may change an enterprise&apos;s name, credit code, town/street/park or scale.</translation>
    </message>
</context>
<context>
    <name>liaison::EnterpriseImporter</name>
    <message>
        <source>Enterprise name</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Town, street or park</source>
        <translation>Town, street or park</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Production status</source>
        <translation>Production status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>the same credit code as line %1</source>
        <translation>the same credit code as line %1</translation>
    </message>
</context>
<context>
    <name>liaison::EnterpriseRegisterPage</name>
    <message>
        <source>Name, credit code or pinyin (e.g. cqlx)</source>
        <translation>Name, credit code or pinyin (e.g. cqlx)</translation>
    </message>
    <message>
        <source>All scales</source>
        <translation>All scales</translation>
    </message>
    <message>
        <source>Any production status</source>
        <translation>Any production status</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>White-list: any</source>
        <translation>White-list: any</translation>
    </message>
    <message>
        <source>On the white-list</source>
        <translation>On the white-list</translation>
    </message>
    <message>
        <source>Not on the white-list</source>
        <translation>Not on the white-list</translation>
    </message>
    <message>
        <source>Visits: any</source>
        <translation>Visits: any</translation>
    </message>
    <message>
        <source>Not visited in </source>
        <translation>Not visited in </translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Show only enterprises nobody visited in this many days (0: no limit).</source>
        <translation>Show only enterprises nobody visited in this many days (0: no limit).</translation>
    </message>
    <message>
        <source>All towns, streets and parks</source>
        <translation>All towns, streets and parks</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n enterprise</numerusform>
            <numerusform>%n enterprises</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle suppliers of chain leaders</source>
        <translation>Idle suppliers of chain leaders</translation>
    </message>
    <message>
        <source>Suppliers of a chain leader that are stopped or only partly producing: the enterprises to bring back first so that the whole chain produces again.</source>
        <translation>Suppliers of a chain leader that are stopped or only partly producing: the enterprises to bring back first so that the whole chain produces again.</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>Counted up to %1, the day chosen on the visits page.</source>
        <translation>Counted up to %1, the day chosen on the visits page.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV in UTF-8, for Excel and WPS (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV in UTF-8, for Excel and WPS (*.csv)</translation>
    </message>
    <message>
        <source>Save the enterprises shown (all that match the filters), or their contacts, duty assignments, visits or problems, as Excel or CSV</source>
        <translation>Save the enterprises shown (all that match the filters), or their contacts, duty assignments, visits or problems, as Excel or CSV</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) saved to %1.</source>
        <translation>
            <numerusform>%n record saved to %1.</numerusform>
            <numerusform>%n records saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::EnterpriseTableModel</name>
    <message>
        <source>Batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Town/street/park</source>
        <translation>Town/street/park</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>White-list</source>
        <translation>White-list</translation>
    </message>
    <message>
        <source>District leader</source>
        <translation>District leader</translation>
    </message>
    <message>
        <source>Department liaison</source>
        <translation>Department liaison</translation>
    </message>
    <message>
        <source>Area liaison</source>
        <translation>Area liaison</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Open problems</source>
        <translation>Open problems</translation>
    </message>
    <message>
        <source>District department</source>
        <translation>District department</translation>
    </message>
</context>
<context>
    <name>liaison::EntityRules</name>
    <message>
        <source>The area name</source>
        <translation>The area name</translation>
    </message>
    <message>
        <source>The division code</source>
        <translation>The division code</translation>
    </message>
    <message>
        <source>There is already an area named “%1”.</source>
        <translation>There is already an area named “%1”.</translation>
    </message>
    <message>
        <source>The department name</source>
        <translation>The department name</translation>
    </message>
    <message>
        <source>The department&apos;s full name</source>
        <translation>The department&apos;s full name</translation>
    </message>
    <message>
        <source>There is already a department named “%1”.</source>
        <translation>There is already a department named “%1”.</translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation>The person&apos;s name</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation>The telephone number</translation>
    </message>
    <message>
        <source>A person belongs to a department or to an area, not to both.</source>
        <translation>A person belongs to a department or to an area, not to both.</translation>
    </message>
    <message>
        <source>The department</source>
        <translation>The department</translation>
    </message>
    <message>
        <source>The area</source>
        <translation>The area</translation>
    </message>
    <message>
        <source>The batch number</source>
        <translation>The batch number</translation>
    </message>
    <message>
        <source>The date of the batch</source>
        <translation>The date of the batch</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>The note</translation>
    </message>
    <message>
        <source>White-list batch %1 already exists.</source>
        <translation>White-list batch %1 already exists.</translation>
    </message>
    <message>
        <source>The enterprise name</source>
        <translation>The enterprise name</translation>
    </message>
    <message>
        <source>The industry</source>
        <translation>The industry</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>The town, street or park</source>
        <translation>The town, street or park</translation>
    </message>
    <message>
        <source>The white-list batch</source>
        <translation>The white-list batch</translation>
    </message>
    <message>
        <source>An enterprise with the credit code %1 is already registered.</source>
        <translation>An enterprise with the credit code %1 is already registered.</translation>
    </message>
    <message>
        <source>The enterprise</source>
        <translation>The enterprise</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>The contact&apos;s name</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>The position</translation>
    </message>
    <message>
        <source>The district leader</source>
        <translation>The district leader</translation>
    </message>
    <message>
        <source>The district department</source>
        <translation>The district department</translation>
    </message>
    <message>
        <source>The department&apos;s liaison person</source>
        <translation>The department&apos;s liaison person</translation>
    </message>
    <message>
        <source>The area&apos;s liaison person</source>
        <translation>The area&apos;s liaison person</translation>
    </message>
    <message>
        <source>The start of the assignment</source>
        <translation>The start of the assignment</translation>
    </message>
    <message>
        <source>The end of the assignment</source>
        <translation>The end of the assignment</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>its start</translation>
    </message>
    <message>
        <source>The date of the visit</source>
        <translation>The date of the visit</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>Who went</translation>
    </message>
    <message>
        <source>The staff on site</source>
        <translation>The staff on site</translation>
    </message>
    <message>
        <source>The staff returned</source>
        <translation>The staff returned</translation>
    </message>
    <message>
        <source>The staff in closed-loop production</source>
        <translation>The staff in closed-loop production</translation>
    </message>
    <message>
        <source>The capacity utilisation</source>
        <translation>The capacity utilisation</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>The notes</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>The visit</translation>
    </message>
    <message>
        <source>“%1” is not a problem category.</source>
        <translation>“%1” is not a problem category.</translation>
    </message>
    <message>
        <source>The problem&apos;s title</source>
        <translation>The problem&apos;s title</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>The date reported</source>
        <translation>The date reported</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>The due date</translation>
    </message>
    <message>
        <source>the date reported</source>
        <translation>the date reported</translation>
    </message>
    <message>
        <source>The lead department</source>
        <translation>The lead department</translation>
    </message>
    <message>
        <source>The owning area</source>
        <translation>The owning area</translation>
    </message>
    <message>
        <source>The owner</source>
        <translation>The owner</translation>
    </message>
    <message>
        <source>A resolved problem needs the date it was resolved.</source>
        <translation>A resolved problem needs the date it was resolved.</translation>
    </message>
    <message>
        <source>Only a resolved problem has a resolution date.</source>
        <translation>Only a resolved problem has a resolution date.</translation>
    </message>
    <message>
        <source>The resolution date</source>
        <translation>The resolution date</translation>
    </message>
    <message>
        <source>The resolution</source>
        <translation>The resolution</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>The problem</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>Who acted</translation>
    </message>
    <message>
        <source>The time of the event is required.</source>
        <translation>The time of the event is required.</translation>
    </message>
    <message>
        <source>A transport pass is issued for one vehicle: the plate number is required.</source>
        <translation>A transport pass is issued for one vehicle: the plate number is required.</translation>
    </message>
    <message>
        <source>The plate number</source>
        <translation>The plate number</translation>
    </message>
    <message>
        <source>One vehicle, one pass: a pass request covers exactly one vehicle.</source>
        <translation>One vehicle, one pass: a pass request covers exactly one vehicle.</translation>
    </message>
    <message>
        <source>The quantity</source>
        <translation>The quantity</translation>
    </message>
    <message>
        <source>The driver&apos;s name</source>
        <translation>The driver&apos;s name</translation>
    </message>
    <message>
        <source>The driver&apos;s telephone number</source>
        <translation>The driver&apos;s telephone number</translation>
    </message>
    <message>
        <source>The route</source>
        <translation>The route</translation>
    </message>
    <message>
        <source>The date applied</source>
        <translation>The date applied</translation>
    </message>
    <message>
        <source>The date granted</source>
        <translation>The date granted</translation>
    </message>
    <message>
        <source>the date applied</source>
        <translation>the date applied</translation>
    </message>
    <message>
        <source>The end of validity</source>
        <translation>The end of validity</translation>
    </message>
    <message>
        <source>the date granted</source>
        <translation>the date granted</translation>
    </message>
    <message>
        <source>The supplier</source>
        <translation>The supplier</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>The customer</translation>
    </message>
    <message>
        <source>An enterprise cannot supply itself.</source>
        <translation>An enterprise cannot supply itself.</translation>
    </message>
    <message>
        <source>This supply link is already recorded.</source>
        <translation>This supply link is already recorded.</translation>
    </message>
    <message>
        <source>The product</source>
        <translation>The product</translation>
    </message>
    <message>
        <source>The date of the transfer</source>
        <translation>The date of the transfer</translation>
    </message>
    <message>
        <source>The number of people transferred</source>
        <translation>The number of people transferred</translation>
    </message>
    <message>
        <source>The date of the change</source>
        <translation>The date of the change</translation>
    </message>
    <message>
        <source>The requested due date</source>
        <translation>The requested due date</translation>
    </message>
    <message>
        <source>The requested due date %1 is not after the current due date %2.</source>
        <translation>The requested due date %1 is not after the current due date %2.</translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation>The reason for the extension</translation>
    </message>
    <message>
        <source>The decision note</source>
        <translation>The decision note</translation>
    </message>
    <message>
        <source>The visit was to another enterprise.</source>
        <translation>The visit was to another enterprise.</translation>
    </message>
</context>
<context>
    <name>liaison::ExchangeCommand</name>
    <message>
        <source>Write it as: import --template KIND FILE.csv|FILE.xlsx</source>
        <translation>Write it as: import --template KIND FILE.csv|FILE.xlsx</translation>
    </message>
    <message>
        <source>--preview prints JSON: add --json.</source>
        <translation>--preview prints JSON: add --json.</translation>
    </message>
    <message>
        <source>the column “%1” is not one this program knows; it was left out.</source>
        <translation>the column “%1” is not one this program knows; it was left out.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1 has %n problem; nothing was imported.</numerusform>
            <numerusform>%1 has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write it as: export KIND FILE.csv|FILE.xlsx</source>
        <translation>Write it as: export KIND FILE.csv|FILE.xlsx</translation>
    </message>
    <message>
        <source>The file&apos;s name ends in .csv or .xlsx, which says how to write it.</source>
        <translation>The file&apos;s name ends in .csv or .xlsx, which says how to write it.</translation>
    </message>
    <message>
        <source>Wrote an empty %1 template to %2.</source>
        <translation>Wrote an empty %1 template to %2.</translation>
    </message>
    <message>
        <source>--map: “%1” is not a column of the file; write HEADER=FIELD.</source>
        <translation>--map: “%1” is not a column of the file; write HEADER=FIELD.</translation>
    </message>
    <message>
        <source>--map: “%1” is not a field of %2; see import --help.</source>
        <translation>--map: “%1” is not a field of %2; see import --help.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of record; use enterprises, contacts, duties, visits or issues.</source>
        <translation>“%1” is not a kind of record; use enterprises, contacts, duties, visits or issues.</translation>
    </message>
    <message>
        <source>Write it as: import KIND FILE [--encoding auto|utf-8|gb18030] [--map MAPPING] [--dry-run]</source>
        <translation>Write it as: import KIND FILE [--encoding auto|utf-8|gb18030] [--map MAPPING] [--dry-run]</translation>
    </message>
    <message>
        <source>Checked %1 rows of %2 (%3): %4 new and %5 updated records can be imported; nothing was written (dry run).</source>
        <translation>Checked %1 rows of %2 (%3): %4 new and %5 updated records can be imported; nothing was written (dry run).</translation>
    </message>
    <message>
        <source>Imported %1 rows of %2 (%3): %4 new records, %5 updated.</source>
        <translation>Imported %1 rows of %2 (%3): %4 new records, %5 updated.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) of %1 to %2.</source>
        <translation>
            <numerusform>Exported %n record of %1 to %2.</numerusform>
            <numerusform>Exported %n records of %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::FieldChecks</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 is %2 characters long; at most %3 are allowed.</translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation>%1 contains control characters.</translation>
    </message>
    <message>
        <source>%1 “%2” is not a telephone number: use digits, spaces, “-” and “+” only.</source>
        <translation>%1 “%2” is not a telephone number: use digits, spaces, “-” and “+” only.</translation>
    </message>
    <message>
        <source>%1 is required and must be a real calendar date.</source>
        <translation>%1 is required and must be a real calendar date.</translation>
    </message>
    <message>
        <source>%1 %2 is outside the years %3–%4.</source>
        <translation>%1 %2 is outside the years %3–%4.</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation>%1 (%2) is before %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is %2; it must be between %3 and %4.</source>
        <translation>%1 is %2; it must be between %3 and %4.</translation>
    </message>
    <message>
        <source>%1: there is no record with number %2.</source>
        <translation>%1: there is no record with number %2.</translation>
    </message>
</context>
<context>
    <name>liaison::ImportLookups</name>
    <message>
        <source>no enterprise with this credit code is registered</source>
        <translation>no enterprise with this credit code is registered</translation>
    </message>
    <message>
        <source>the enterprise is missing: give its credit code or its name</source>
        <translation>the enterprise is missing: give its credit code or its name</translation>
    </message>
    <message>
        <source>no enterprise of this name is registered</source>
        <translation>no enterprise of this name is registered</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprises have this name; give the credit code</source>
        <translation>
            <numerusform>%n enterprises have this name; give the credit code</numerusform>
            <numerusform>%n enterprises have this name; give the credit code</numerusform>
        </translation>
    </message>
    <message>
        <source>the town, street or park is missing</source>
        <translation>the town, street or park is missing</translation>
    </message>
    <message>
        <source>no town, street or park of this name is registered</source>
        <translation>no town, street or park of this name is registered</translation>
    </message>
    <message>
        <source>the department is missing</source>
        <translation>the department is missing</translation>
    </message>
    <message>
        <source>no department of this name is registered</source>
        <translation>no department of this name is registered</translation>
    </message>
    <message>
        <source>the person is missing</source>
        <translation>the person is missing</translation>
    </message>
    <message>
        <source>no person of this name is registered</source>
        <translation>no person of this name is registered</translation>
    </message>
    <message numerus="yes">
        <source>%n people have this name; tell them apart in the register first</source>
        <translation>
            <numerusform>%n people have this name; tell them apart in the register first</numerusform>
            <numerusform>%n people have this name; tell them apart in the register first</numerusform>
        </translation>
    </message>
    <message>
        <source>the category is missing</source>
        <translation>the category is missing</translation>
    </message>
    <message>
        <source>not a problem category; write one of: %1</source>
        <translation>not a problem category; write one of: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
</context>
<context>
    <name>liaison::ImportRow</name>
    <message>
        <source>, </source>
        <comment>list of choices</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>the date is missing</translation>
    </message>
    <message>
        <source>not a date; write it as 2022-12-05, 2022/12/5 or 2022年12月5日</source>
        <translation>not a date; write it as 2022-12-05, 2022/12/5 or 2022年12月5日</translation>
    </message>
    <message>
        <source>write a whole number of people, 0 or more</source>
        <translation>write a whole number of people, 0 or more</translation>
    </message>
    <message>
        <source>write a percentage from 0 to 100</source>
        <translation>write a percentage from 0 to 100</translation>
    </message>
    <message>
        <source>this cell must not be empty</source>
        <translation>this cell must not be empty</translation>
    </message>
    <message>
        <source>write one of: %1</source>
        <translation>write one of: %1</translation>
    </message>
</context>
<context>
    <name>liaison::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A CSV file as Excel or WPS save it (UTF-8 or GBK), or the first sheet of an .xlsx or .ods workbook. Nothing is written until the last step.</source>
        <translation>A CSV file as Excel or WPS save it (UTF-8 or GBK), or the first sheet of an .xlsx or .ods workbook. Nothing is written until the last step.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.ods);;CSV (*.csv);;Workbooks (*.xlsx *.ods)</source>
        <translation>Tables (*.csv *.xlsx *.ods);;CSV (*.csv);;Workbooks (*.xlsx *.ods)</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Check how the file reads</source>
        <translation>Check how the file reads</translation>
    </message>
    <message>
        <source>The first rows as read. If the Chinese text looks garbled, choose another encoding.</source>
        <translation>The first rows as read. If the Chinese text looks garbled, choose another encoding.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (GBK, GB2312)</source>
        <translation>GB18030 (GBK, GB2312)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Say which column holds what</source>
        <translation>Say which column holds what</translation>
    </message>
    <message>
        <source>Columns with known headers are matched already. Fields marked * are required; columns set to “Leave out” are not imported.</source>
        <translation>Columns with known headers are matched already. Fields marked * are required; columns set to “Leave out” are not imported.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Check every row</translation>
    </message>
    <message>
        <source>Every row was checked with the same rules as the forms. The file is imported whole or not at all.</source>
        <translation>Every row was checked with the same rules as the forms. The file is imported whole or not at all.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Save the report…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV in UTF-8, for Excel and WPS (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV in UTF-8, for Excel and WPS (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%1 workbook, %n row(s).</source>
        <translation>
            <numerusform>%1 workbook, %n row.</numerusform>
            <numerusform>%1 workbook, %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, %n row(s).</source>
        <translation>
            <numerusform>Read as %1, %n row.</numerusform>
            <numerusform>Read as %1, %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Still to map: %1.</source>
        <translation>Still to map: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>More than one column for: %1; only one may hold each field.</source>
        <translation>More than one column for: %1; only one may hold each field.</translation>
    </message>
    <message>
        <source>Every required field has its column.</source>
        <translation>Every required field has its column.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was written.</source>
        <translation>The check was cancelled; nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 row(s): nothing can be imported until they are mended in the file.</source>
        <translation>
            <numerusform>%n problem in %1 row: nothing can be imported until they are mended in the file.</numerusform>
            <numerusform>%n problems in %1 rows: nothing can be imported until they are mended in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported: %1 new, %2 brought up to date.</source>
        <translation>
            <numerusform>All %n row can be imported: %1 new, %2 brought up to date.</numerusform>
            <numerusform>All %n rows can be imported: %1 new, %2 brought up to date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Left out: %1.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 brought up to date.</source>
        <translation>%1: %2 new, %3 brought up to date.</translation>
    </message>
</context>
<context>
    <name>liaison::IssueBoardModel</name>
    <message>
        <source> · escalate</source>
        <translation> · escalate</translation>
    </message>
    <message>
        <source> (no holiday schedule for %1)</source>
        <translation> (no holiday schedule for %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>%n working day late</numerusform>
            <numerusform>%n working days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>liaison::IssueCommand</name>
    <message>
        <source>Usage: liaisonctl issue ACTION ...</source>
        <translation>Usage: liaisonctl issue ACTION ...</translation>
    </message>
    <message>
        <source>Actions that change a problem take --expect-version N: the change is refused (exit status 4) when someone else changed the problem since you read version N.</source>
        <translation>Actions that change a problem take --expect-version N: the change is refused (exit status 4) when someone else changed the problem since you read version N.</translation>
    </message>
    <message>
        <source>Statuses: %1. Tiers: %2.</source>
        <translation>Statuses: %1. Tiers: %2.</translation>
    </message>
    <message>
        <source>“issue” needs an action.</source>
        <translation>“issue” needs an action.</translation>
    </message>
    <message>
        <source>Unknown issue action “%1”.</source>
        <translation>Unknown issue action “%1”.</translation>
    </message>
    <message>
        <source>“%1” needs exactly one problem number.</source>
        <translation>“%1” needs exactly one problem number.</translation>
    </message>
    <message>
        <source>Unknown argument “%1” for “%2”.</source>
        <translation>Unknown argument “%1” for “%2”.</translation>
    </message>
    <message>
        <source>“issue add” needs --%1.</source>
        <translation>“issue add” needs --%1.</translation>
    </message>
    <message>
        <source>No enterprise is named “%1” or has that credit code or number.</source>
        <translation>No enterprise is named “%1” or has that credit code or number.</translation>
    </message>
    <message>
        <source>There is no department named “%1”.</source>
        <translation>There is no department named “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a problem number.</source>
        <translation>“%1” is not a problem number.</translation>
    </message>
    <message>
        <source>--expect-version: “%1” is not a version number.</source>
        <translation>--expect-version: “%1” is not a version number.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not one of %3.</source>
        <translation>--%1: “%2” is not one of %3.</translation>
    </message>
    <message>
        <source>--as-of: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--as-of: “%1” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--colour: “%1” is not one of %2.</source>
        <translation>--colour: “%1” is not one of %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no problem number %1.</source>
        <translation>There is no problem number %1.</translation>
    </message>
    <message>
        <source>Problem %1 (version %2): %3</source>
        <translation>Problem %1 (version %2): %3</translation>
    </message>
    <message>
        <source>Enterprise: %1</source>
        <translation>Enterprise: %1</translation>
    </message>
    <message>
        <source>Category: %1; status: %2; tier: %3</source>
        <translation>Category: %1; status: %2; tier: %3</translation>
    </message>
    <message>
        <source>Owner: %1 %2</source>
        <translation>Owner: %1 %2</translation>
    </message>
    <message>
        <source>Reported %1, due %2; as of %3: %4</source>
        <translation>Reported %1, due %2; as of %3: %4</translation>
    </message>
    <message>
        <source>The holiday schedule for %1 is missing: this deadline counts weekends only.</source>
        <translation>The holiday schedule for %1 is missing: this deadline counts weekends only.</translation>
    </message>
    <message>
        <source>Flagged for escalation to the district leader.</source>
        <translation>Flagged for escalation to the district leader.</translation>
    </message>
    <message>
        <source>--reported-on: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--reported-on: “%1” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--visit: “%1” is not a visit number.</source>
        <translation>--visit: “%1” is not a visit number.</translation>
    </message>
    <message>
        <source>Registered problem %1, due %2.</source>
        <translation>Registered problem %1, due %2.</translation>
    </message>
    <message>
        <source>The holiday schedule for %1 is missing: the due date counts weekends only.</source>
        <translation>The holiday schedule for %1 is missing: the due date counts weekends only.</translation>
    </message>
    <message>
        <source>“%1” is not an extension request number.</source>
        <translation>“%1” is not an extension request number.</translation>
    </message>
    <message>
        <source>Extension request %1 approved.</source>
        <translation>Extension request %1 approved.</translation>
    </message>
    <message>
        <source>Extension request %1 refused.</source>
        <translation>Extension request %1 refused.</translation>
    </message>
    <message>
        <source>“issue assign” needs --lead UNIT.</source>
        <translation>“issue assign” needs --lead UNIT.</translation>
    </message>
    <message>
        <source>“issue extend” needs --to DATE.</source>
        <translation>“issue extend” needs --to DATE.</translation>
    </message>
    <message>
        <source>--to: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--to: “%1” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Extension request %1 is waiting for a supervisor&apos;s decision.</source>
        <translation>Extension request %1 is waiting for a supervisor&apos;s decision.</translation>
    </message>
    <message>
        <source>--on: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>--on: “%1” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“issue verify” needs --satisfaction.</source>
        <translation>“issue verify” needs --satisfaction.</translation>
    </message>
    <message>
        <source>--satisfaction: “%1” is not one of %2.</source>
        <translation>--satisfaction: “%1” is not one of %2.</translation>
    </message>
    <message>
        <source>Problem %1 is “%2” at the %3 tier (version %4).</source>
        <translation>Problem %1 is “%2” at the %3 tier (version %4).</translation>
    </message>
</context>
<context>
    <name>liaison::IssueImporter</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translation>Lead department</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <source>a resolved problem needs its lead department</source>
        <translation>a resolved problem needs its lead department</translation>
    </message>
    <message>
        <source>a resolved problem needs its resolution</source>
        <translation>a resolved problem needs its resolution</translation>
    </message>
    <message>
        <source>this problem of this enterprise is already registered for that day</source>
        <translation>this problem of this enterprise is already registered for that day</translation>
    </message>
    <message>
        <source>the same problem as line %1</source>
        <translation>the same problem as line %1</translation>
    </message>
    <message>
        <source>From an imported ledger</source>
        <translation>From an imported ledger</translation>
    </message>
</context>
<context>
    <name>liaison::IssueWorkflow</name>
    <message>
        <source>Give the day the problem was resolved.</source>
        <translation>Give the day the problem was resolved.</translation>
    </message>
    <message>
        <source>%1 is still to come: a problem is resolved today at the latest.</source>
        <translation>%1 is still to come: a problem is resolved today at the latest.</translation>
    </message>
    <message>
        <source>%1 is before problem %2 was reported (%3).</source>
        <translation>%1 is before problem %2 was reported (%3).</translation>
    </message>
    <message>
        <source>assign</source>
        <translation>assign</translation>
    </message>
    <message>
        <source>start work on</source>
        <translation>start work on</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalate</translation>
    </message>
    <message>
        <source>urge</source>
        <translation>urge</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>extend</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>resolve</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>“%1” is not a problem category.</source>
        <translation>“%1” is not a problem category.</translation>
    </message>
    <message>
        <source>Enterprise %1 has no duty assignment in force on %2.</source>
        <translation>Enterprise %1 has no duty assignment in force on %2.</translation>
    </message>
    <message>
        <source>There is no problem number %1.</source>
        <translation>There is no problem number %1.</translation>
    </message>
    <message>
        <source>Problem %1 was changed by someone else (version %2, you had %3); look at it again before you act.</source>
        <translation>Problem %1 was changed by someone else (version %2, you had %3); look at it again before you act.</translation>
    </message>
    <message>
        <source>Problem %1 is “%2”; it cannot %3 from that state.</source>
        <translation>Problem %1 is “%2”; it cannot %3 from that state.</translation>
    </message>
    <message>
        <source>The date reported</source>
        <translation>The date reported</translation>
    </message>
    <message>
        <source>The enterprise</source>
        <translation>The enterprise</translation>
    </message>
    <message>
        <source>The lead unit</source>
        <translation>The lead unit</translation>
    </message>
    <message>
        <source>A co-handling unit</source>
        <translation>A co-handling unit</translation>
    </message>
    <message>
        <source>The lead unit cannot also be a co-handling unit.</source>
        <translation>The lead unit cannot also be a co-handling unit.</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Lead: %1</translation>
    </message>
    <message>
        <source>; co-handling: %1</source>
        <translation>; co-handling: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>. %1</source>
        <translation>. %1</translation>
    </message>
    <message>
        <source>Problem %1 is already with the district leader; it cannot go higher.</source>
        <translation>Problem %1 is already with the district leader; it cannot go higher.</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>To %1: %2</translation>
    </message>
    <message>
        <source>An urging note (督办意见) is required.</source>
        <translation>An urging note (督办意见) is required.</translation>
    </message>
    <message>
        <source>Problem %1 already has extension request %2 waiting for a decision.</source>
        <translation>Problem %1 already has extension request %2 waiting for a decision.</translation>
    </message>
    <message>
        <source>The new due date %1 is not later than the current due date %2.</source>
        <translation>The new due date %1 is not later than the current due date %2.</translation>
    </message>
    <message>
        <source>A decision on an extension needs a reason.</source>
        <translation>A decision on an extension needs a reason.</translation>
    </message>
    <message>
        <source>There is no extension request number %1.</source>
        <translation>There is no extension request number %1.</translation>
    </message>
    <message>
        <source>Extension request %1 was already decided (%2).</source>
        <translation>Extension request %1 was already decided (%2).</translation>
    </message>
    <message>
        <source>Due %1 instead of %2: %3</source>
        <translation>Due %1 instead of %2: %3</translation>
    </message>
    <message>
        <source>Say how the problem was resolved: the resolution is required.</source>
        <translation>Say how the problem was resolved: the resolution is required.</translation>
    </message>
    <message>
        <source>Returned because the enterprise is not satisfied.</source>
        <translation>Returned because the enterprise is not satisfied.</translation>
    </message>
    <message>
        <source>Say why the problem is returned.</source>
        <translation>Say why the problem is returned.</translation>
    </message>
    <message>
        <source>Until %1: %2</source>
        <translation>Until %1: %2</translation>
    </message>
</context>
<context>
    <name>liaison::JiulongpoScenario</name>
    <message>
        <source>The database already holds enterprises or areas; the demo data is loaded only into an empty database.</source>
        <translation>The database already holds enterprises or areas; the demo data is loaded only into an empty database.</translation>
    </message>
    <message>
        <source>The scenario&apos;s district data is missing.</source>
        <translation>The scenario&apos;s district data is missing.</translation>
    </message>
    <message>
        <source>Loading the demo data was cancelled; nothing was written.</source>
        <translation>Loading the demo data was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The scenario&apos;s people are missing.</source>
        <translation>The scenario&apos;s people are missing.</translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LiaisonDesk</source>
        <translation>&amp;About LiaisonDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Enterprise register</source>
        <translation>Enterprise register</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>About LiaisonDesk</source>
        <translation>About LiaisonDesk</translation>
    </message>
    <message>
        <source>LiaisonDesk %1
Case management for the enterprise liaison work of a district economy and information commission.</source>
        <translation>LiaisonDesk %1
Case management for the enterprise liaison work of a district economy and information commission.</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Loading the demo data…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find enterprise</source>
        <translation>&amp;Find enterprise</translation>
    </message>
    <message>
        <source>LiaisonDesk</source>
        <translation>LiaisonDesk</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <source>&amp;Log a visit…</source>
        <translation>&amp;Log a visit…</translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation>Visit saved.</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <comment>navigation</comment>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Duty matrix</source>
        <comment>navigation</comment>
        <translation>Duty matrix</translation>
    </message>
    <message>
        <source>Visits</source>
        <comment>navigation</comment>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Problems</source>
        <comment>navigation</comment>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Fill this empty database with the Jiulongpo district reference scenario (November 2022)?

Choose No to start with an empty register; the demo stays in the File menu while the database is empty.</source>
        <translation>Fill this empty database with the Jiulongpo district reference scenario (November 2022)?

Choose No to start with an empty register; the demo stays in the File menu while the database is empty.</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>navigation</comment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>navigation</comment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Passes</source>
        <comment>navigation</comment>
        <translation>Passes</translation>
    </message>
    <message>
        <source>Briefing</source>
        <comment>navigation</comment>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Read every page again from the database (changes made on other desktops)</source>
        <translation>Read every page again from the database (changes made on other desktops)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Database not reachable</source>
        <translation>Database not reachable</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n enterprise</numerusform>
            <numerusform>%n enterprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open problem(s)</source>
        <translation>
            <numerusform>%n open problem</numerusform>
            <numerusform>%n open problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) pending</source>
        <translation>
            <numerusform>%n request pending</numerusform>
            <numerusform>%n requests pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded from the database.</source>
        <translation>Reloaded from the database.</translation>
    </message>
    <message>
        <source>Problem No. %1 logged.</source>
        <translation>Problem No. %1 logged.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import enterprises, contacts, duty assignments, visits or problems from Excel or CSV</source>
        <translation>Import enterprises, contacts, duty assignments, visits or problems from Excel or CSV</translation>
    </message>
    <message>
        <source>Users</source>
        <comment>navigation</comment>
        <translation>Users</translation>
    </message>
    <message>
        <source>Audit log</source>
        <comment>navigation</comment>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>Every change is recorded in the audit log under this name.</source>
        <translation>Every change is recorded in the audit log under this name.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
</context>
<context>
    <name>liaison::Migrations</name>
    <message>
        <source>The database %1 was made by a newer LiaisonDesk (schema %2, this program knows %3); update the program.</source>
        <translation>The database %1 was made by a newer LiaisonDesk (schema %2, this program knows %3); update the program.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Upgrading the database to schema %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>liaison::NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>for example zhangmin</source>
        <translation>for example zhangmin</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>First &amp;password:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>R&amp;epeat it:</translation>
    </message>
    <message>
        <source>A liaison officer works on the enterprises of their person&apos;s area or department. The user chooses their own password at the first sign-in.</source>
        <translation>A liaison officer works on the enterprises of their person&apos;s area or department. The user chooses their own password at the first sign-in.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>liaison::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>The password of %1 was set by someone else. Choose your own before you go on.</source>
        <translation>The password of %1 was set by someone else. Choose your own before you go on.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Repeat the new one:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n characters.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>liaison::PasswordFile</name>
    <message>
        <source>Type the password to remember.</source>
        <translation>Type the password to remember.</translation>
    </message>
    <message>
        <source>A password cannot contain a line break.</source>
        <translation>A password cannot contain a line break.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>liaison::PasswordHash</name>
    <message>
        <source>The password cannot be protected: its hash needs %1 MiB of memory, which is not free.</source>
        <translation>The password cannot be protected: its hash needs %1 MiB of memory, which is not free.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>The password is empty.</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>The password is too short: use at least %n characters.</numerusform>
            <numerusform>The password is too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too long: use at most %n characters.</source>
        <translation>
            <numerusform>The password is too long: use at most %n characters.</numerusform>
            <numerusform>The password is too long: use at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::Permissions</name>
    <message>
        <source>Problem %1 was not found.</source>
        <translation>Problem %1 was not found.</translation>
    </message>
    <message>
        <source>read the records</source>
        <translation>read the records</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>change areas, units, people, categories or the work calendar</source>
        <translation>change areas, units, people, categories or the work calendar</translation>
    </message>
    <message>
        <source>add enterprises, change an enterprise&apos;s name, credit code, area, scale or white-list batch, or change the duty scheme</source>
        <translation>add enterprises, change an enterprise&apos;s name, credit code, area, scale or white-list batch, or change the duty scheme</translation>
    </message>
    <message>
        <source>record visits or change an enterprise&apos;s records</source>
        <translation>record visits or change an enterprise&apos;s records</translation>
    </message>
    <message>
        <source>work on problems</source>
        <translation>work on problems</translation>
    </message>
    <message>
        <source>assign, escalate, urge, verify or reopen problems</source>
        <translation>assign, escalate, urge, verify or reopen problems</translation>
    </message>
    <message>
        <source>export records</source>
        <translation>export records</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>back up or restore the database</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) may not %3.</translation>
    </message>
    <message>
        <source>Nobody is signed in; sign in first.</source>
        <translation>Nobody is signed in; sign in first.</translation>
    </message>
    <message>
        <source>%1 must choose a new password before going on: the current one was set by someone else.</source>
        <translation>%1 must choose a new password before going on: the current one was set by someone else.</translation>
    </message>
    <message>
        <source>%1 is not one of the enterprises of %2&apos;s area or unit; its own liaison or a supervisor can do this.</source>
        <translation>%1 is not one of the enterprises of %2&apos;s area or unit; its own liaison or a supervisor can do this.</translation>
    </message>
    <message>
        <source>Enterprise %1</source>
        <translation>Enterprise %1</translation>
    </message>
</context>
<context>
    <name>liaison::PermitDialog</name>
    <message>
        <source>Save the request (Ctrl+Return)</source>
        <translation>Save the request (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Edit request No. %1</source>
        <translation>Edit request No. %1</translation>
    </message>
    <message>
        <source>Required, e.g. 渝A12345</source>
        <translation>Required, e.g. 渝A12345</translation>
    </message>
    <message>
        <source>Optional, e.g. 渝A12345</source>
        <translation>Optional, e.g. 渝A12345</translation>
    </message>
    <message>
        <source>Choose the enterprise that applies.</source>
        <translation>Choose the enterprise that applies.</translation>
    </message>
    <message>
        <source>“%1” is not an enterprise of the register; choose one from the list.</source>
        <translation>“%1” is not an enterprise of the register; choose one from the list.</translation>
    </message>
    <message>
        <source>Discard what you typed for this request?</source>
        <translation>Discard what you typed for this request?</translation>
    </message>
</context>
<context>
    <name>liaison::PermitListModel</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>not limited</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>Driver&apos;s phone</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>liaison::PermitsPage</name>
    <message>
        <source>Enterprise, plate or driver</source>
        <translation>Enterprise, plate or driver</translation>
    </message>
    <message>
        <source>Passes and white-list</source>
        <translation>Passes and white-list</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>Applied from: any</source>
        <translation>Applied from: any</translation>
    </message>
    <message>
        <source>Applied to: any</source>
        <translation>Applied to: any</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::ProblemBoardPage</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue (red)</source>
        <translation>Overdue (red)</translation>
    </message>
    <message>
        <source>Due within a day (yellow)</source>
        <translation>Due within a day (yellow)</translation>
    </message>
    <message>
        <source>To escalate</source>
        <translation>To escalate</translation>
    </message>
    <message>
        <source>Awaiting follow-up visit</source>
        <translation>Awaiting follow-up visit</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Enterprise or problem</source>
        <translation>Enterprise or problem</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Any tier</translation>
    </message>
    <message>
        <source>The day the supervision colours are worked out for</source>
        <translation>The day the supervision colours are worked out for</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Note, reason or resolution</source>
        <translation>Note, reason or resolution</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Co-handling unit</source>
        <translation>Co-handling unit</translation>
    </message>
    <message>
        <source>Date (resolved on / new due date)</source>
        <translation>Date (resolved on / new due date)</translation>
    </message>
    <message>
        <source>Enterprise&apos;s satisfaction</source>
        <translation>Enterprise&apos;s satisfaction</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>Urge</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <source>Approve extension</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <source>Refuse extension</source>
        <translation>Refuse extension</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Record follow-up visit</source>
        <translation>Record follow-up visit</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>All towns, streets and parks</source>
        <translation>All towns, streets and parks</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a problem to see its timeline and act on it.</source>
        <translation>Select a problem to see its timeline and act on it.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems selected</source>
        <translation>
            <numerusform>%n problems selected</numerusform>
            <numerusform>%n problems selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign and urge act on all of them.</source>
        <translation>Assign and urge act on all of them.</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>No. %1: %2</translation>
    </message>
    <message>
        <source>Enterprise: %1</source>
        <translation>Enterprise: %1</translation>
    </message>
    <message>
        <source>Status: %1 · tier: %2</source>
        <translation>Status: %1 · tier: %2</translation>
    </message>
    <message>
        <source>Lead unit: %1 · owner: %2</source>
        <translation>Lead unit: %1 · owner: %2</translation>
    </message>
    <message>
        <source>Reported %1 · due %2 · %3</source>
        <translation>Reported %1 · due %2 · %3</translation>
    </message>
    <message>
        <source>Co-handling: %1</source>
        <translation>Co-handling: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The holiday schedule for %1 is missing: this deadline counts weekends only.</source>
        <translation>The holiday schedule for %1 is missing: this deadline counts weekends only.</translation>
    </message>
    <message>
        <source>Flagged for escalation to the district leader.</source>
        <translation>Flagged for escalation to the district leader.</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4</source>
        <translation>%1  %2  %3: %4</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>Work calendar</translation>
    </message>
</context>
<context>
    <name>liaison::ProblemDialog</name>
    <message>
        <source>Log a problem</source>
        <translation>Log a problem</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1 (%n working day)</numerusform>
            <numerusform>%1 (%n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>What the enterprise asks for</source>
        <translation>What the enterprise asks for</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation>&amp;Reported on</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Save the problem (Ctrl+Return)</source>
        <translation>Save the problem (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Discard what you typed for this problem?</source>
        <translation>Discard what you typed for this problem?</translation>
    </message>
</context>
<context>
    <name>liaison::RepositoryMessages</name>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation>The database did not return the new record&apos;s number.</translation>
    </message>
    <message>
        <source>Record %1 was not found; it may have been removed.</source>
        <translation>Record %1 was not found; it may have been removed.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it; reload it and make your change again.</source>
        <translation>Someone else changed this record since you opened it; reload it and make your change again.</translation>
    </message>
</context>
<context>
    <name>liaison::ScaleScenario</name>
    <message>
        <source>The database already holds enterprises or areas; the scale data is loaded only into an empty database.</source>
        <translation>The database already holds enterprises or areas; the scale data is loaded only into an empty database.</translation>
    </message>
    <message>
        <source>Loading the scale data was cancelled; nothing was written.</source>
        <translation>Loading the scale data was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The scale data refers to a missing row (%1, row %2); nothing was written.</source>
        <translation>The scale data refers to a missing row (%1, row %2); nothing was written.</translation>
    </message>
    <message>
        <source>a district</source>
        <translation>a district</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>a city</translation>
    </message>
    <message>
        <source>a province</source>
        <translation>a province</translation>
    </message>
</context>
<context>
    <name>liaison::ServerRoles</name>
    <message>
        <source>The database name %1 is too long for LiaisonDesk&apos;s server logins (&quot;%1.user&quot;): use at most 30 bytes.</source>
        <translation>The database name %1 is too long for LiaisonDesk&apos;s server logins (&quot;%1.user&quot;): use at most 30 bytes.</translation>
    </message>
</context>
<context>
    <name>liaison::SettingsPage</name>
    <message>
        <source>empty: each person signs in with their own login</source>
        <translation>empty: each person signs in with their own login</translation>
    </message>
    <message>
        <source>On a shared server leave it empty: each person signs in to the server as their own login, with their own password. A user named here connects everyone on this computer as that login.</source>
        <translation>On a shared server leave it empty: each person signs in to the server as their own login, with their own password. A user named here connects everyone on this computer as that login.</translation>
    </message>
    <message>
        <source>The server %1 answers and asks for a password: each person signs in there with their own login.</source>
        <translation>The server %1 answers and asks for a password: each person signs in there with their own login.</translation>
    </message>
    <message>
        <source>Connected to %1 without a password: the server does not check who signs in (see pg_hba.conf).</source>
        <translation>Connected to %1 without a password: the server does not check who signs in (see pg_hba.conf).</translation>
    </message>
    <message>
        <source>Without a user, each person signs in with their own password: there is no password to remember. Untick “remember”, or name the user.</source>
        <translation>Without a user, each person signs in with their own password: there is no password to remember. Untick “remember”, or name the user.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <source>A new choice applies the next time LiaisonDesk starts.</source>
        <translation>A new choice applies the next time LiaisonDesk starts.</translation>
    </message>
    <message>
        <source>Problem categories and deadlines</source>
        <translation>Problem categories and deadlines</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Deadline (working days)</source>
        <translation>Deadline (working days)</translation>
    </message>
    <message>
        <source>Save deadlines</source>
        <translation>Save deadlines</translation>
    </message>
    <message>
        <source>A new deadline applies to problems registered from now on.</source>
        <translation>A new deadline applies to problems registered from now on.</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Holiday schedule</source>
        <translation>Holiday schedule</translation>
    </message>
    <message>
        <source>Add or correct years from a file…</source>
        <translation>Add or correct years from a file…</translation>
    </message>
    <message>
        <source>The file is laid out like the shipped cn-holidays.json; a year in it replaces that year&apos;s schedule.</source>
        <translation>The file is laid out like the shipped cn-holidays.json; a year in it replaces that year&apos;s schedule.</translation>
    </message>
    <message>
        <source>Corrected by an administrator</source>
        <translation>Corrected by an administrator</translation>
    </message>
    <message>
        <source>Official schedule</source>
        <translation>Official schedule</translation>
    </message>
    <message>
        <source>Missing: only weekends are days off</source>
        <translation>Missing: only weekends are days off</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <translation>Problem categories</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON calendar file: %2 at byte %3.</source>
        <translation>%1 is not a JSON calendar file: %2 at byte %3.</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>In use: %1</translation>
    </message>
    <message>
        <source>A database file on this computer (SQLite)</source>
        <translation>A database file on this computer (SQLite)</translation>
    </message>
    <message>
        <source>The district&apos;s shared server (PostgreSQL)</source>
        <translation>The district&apos;s shared server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remember the password in PostgreSQL&apos;s password file (%1)</source>
        <translation>Remember the password in PostgreSQL&apos;s password file (%1)</translation>
    </message>
    <message>
        <source>The file is readable by you only. Without it, LiaisonDesk asks for the password at every start. It is never kept in LiaisonDesk&apos;s settings.</source>
        <translation>The file is readable by you only. Without it, LiaisonDesk asks for the password at every start. It is never kept in LiaisonDesk&apos;s settings.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Use from the next start</source>
        <translation>Use from the next start</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>LiaisonDesk databases (*.sqlite)</source>
        <translation>LiaisonDesk databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>Saved. LiaisonDesk opens this database from the next start, unless --db or LIAISON_DB names another.</source>
        <translation>Saved. LiaisonDesk opens this database from the next start, unless --db or LIAISON_DB names another.</translation>
    </message>
    <message>
        <source>The briefing&apos;s masthead</source>
        <translation>The briefing&apos;s masthead</translation>
    </message>
    <message>
        <source>e.g. Jiulongpo District</source>
        <translation>e.g. Jiulongpo District</translation>
    </message>
    <message>
        <source>e.g. Economy and Information Commission</source>
        <translation>e.g. Economy and Information Commission</translation>
    </message>
    <message>
        <source>the editor&apos;s name</source>
        <translation>the editor&apos;s name</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Issuing office</source>
        <translation>Issuing office</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Printed in the briefing&apos;s red masthead, its title and its closing block.</source>
        <translation>Printed in the briefing&apos;s red masthead, its title and its closing block.</translation>
    </message>
</context>
<context>
    <name>liaison::SignInDialog</name>
    <message>
        <source>Database %1 on the server %2: sign in with your own user name and password, which the server checks.</source>
        <translation>Database %1 on the server %2: sign in with your own user name and password, which the server checks.</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>Sign in to LiaisonDesk</source>
        <translation>Sign in to LiaisonDesk</translation>
    </message>
    <message>
        <source>%1 has no users yet. Create the administrator, who then adds the other users.</source>
        <translation>%1 has no users yet. Create the administrator, who then adds the other users.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n characters.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Signed out: choose your own password to go on.</source>
        <translation>Signed out: choose your own password to go on.</translation>
    </message>
</context>
<context>
    <name>liaison::SpreadsheetReader</name>
    <message>
        <source>%1 unpacks to %2 MB, more than the %3 MB a workbook to import may hold; split it into smaller files.</source>
        <translation>%1 unpacks to %2 MB, more than the %3 MB a workbook to import may hold; split it into smaller files.</translation>
    </message>
    <message>
        <source>%1 has no sheet.</source>
        <translation>%1 has no sheet.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a workbook: %2</source>
        <translation>%1 cannot be read as a workbook: %2</translation>
    </message>
</context>
<context>
    <name>liaison::Statistics</name>
    <message>
        <source>The as-of date is not a real calendar date.</source>
        <translation>The as-of date is not a real calendar date.</translation>
    </message>
</context>
<context>
    <name>liaison::StatsSeriesBuilder</name>
    <message>
        <source>The period needs a first day, a last day and an as-of day.</source>
        <translation>The period needs a first day, a last day and an as-of day.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2).</source>
        <translation>The period ends (%1) before it begins (%2).</translation>
    </message>
    <message>
        <source>A period of at most ten years, please.</source>
        <translation>A period of at most ten years, please.</translation>
    </message>
</context>
<context>
    <name>liaison::TableExport</name>
    <message>
        <source>The file&apos;s name ends in .csv or .xlsx, which says how to write it.</source>
        <translation>The file&apos;s name ends in .csv or .xlsx, which says how to write it.</translation>
    </message>
</context>
<context>
    <name>liaison::TableImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2 “%3”: %4</source>
        <translation>line %1, %2 “%3”: %4</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Duty assignments</source>
        <translation>Duty assignments</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>The mapping names %1 columns, but the file has %2.</source>
        <translation>The mapping names %1 columns, but the file has %2.</translation>
    </message>
    <message>
        <source>a second column for “%1”; map only one column to it</source>
        <translation>a second column for “%1”; map only one column to it</translation>
    </message>
    <message>
        <source>the column “%1” is missing</source>
        <translation>the column “%1” is missing</translation>
    </message>
    <message>
        <source>no column names the enterprise; give “%1”</source>
        <translation>no column names the enterprise; give “%1”</translation>
    </message>
    <message>
        <source>” or “</source>
        <translation>” or “</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2 columns</source>
        <translation>%1 fields, but the header names %2 columns</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
</context>
<context>
    <name>liaison::TextFile</name>
    <message>
        <source>“%1” is not an encoding this program reads; use auto, utf-8 or gb18030.</source>
        <translation>“%1” is not an encoding this program reads; use auto, utf-8 or gb18030.</translation>
    </message>
    <message>
        <source>The file is not valid GB18030 text.</source>
        <translation>The file is not valid GB18030 text.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>The file is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text; is it a spreadsheet or a document?</source>
        <translation>The file is neither UTF-8 nor GB18030 text; is it a spreadsheet or a document?</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into smaller files.</source>
        <translation>%1 is larger than %2 MB; split it into smaller files.</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>Cannot open %1: there is no such file.</translation>
    </message>
</context>
<context>
    <name>liaison::UserAccounts</name>
    <message>
        <source>Unknown user or wrong password, or the account is disabled.</source>
        <translation>Unknown user or wrong password, or the account is disabled.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address.</source>
        <translation>“%1” is not a PostgreSQL address.</translation>
    </message>
    <message>
        <source>The server login %1 is not a user of this LiaisonDesk database.</source>
        <translation>The server login %1 is not a user of this LiaisonDesk database.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>The user name is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name: use up to %2 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter (for example zhangmin).</source>
        <translation>&quot;%1&quot; is not a user name: use up to %2 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter (for example zhangmin).</translation>
    </message>
    <message>
        <source>This database already has users; sign in as an administrator.</source>
        <translation>This database already has users; sign in as an administrator.</translation>
    </message>
    <message>
        <source>A liaison officer must be tied to a person of a department or an area: their enterprises follow from it.</source>
        <translation>A liaison officer must be tied to a person of a department or an area: their enterprises follow from it.</translation>
    </message>
    <message>
        <source>Person %1 does not exist.</source>
        <translation>Person %1 does not exist.</translation>
    </message>
    <message>
        <source>A liaison officer must be a person of a department or an area.</source>
        <translation>A liaison officer must be a person of a department or an area.</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>There is already a user named %1.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>There is no user named %1.</translation>
    </message>
    <message>
        <source>Unknown user or wrong password. After %1 wrong passwords an account is locked for %2 minutes; an administrator can unlock it by setting a new password.</source>
        <translation>Unknown user or wrong password. After %1 wrong passwords an account is locked for %2 minutes; an administrator can unlock it by setting a new password.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator.</source>
        <translation>The account %1 is disabled; ask an administrator.</translation>
    </message>
    <message>
        <source>An administrator has disabled the account %1; it has been signed out.</source>
        <translation>An administrator has disabled the account %1; it has been signed out.</translation>
    </message>
    <message>
        <source>The password of %1 was set anew (by an administrator, or on another computer); sign in with the new password.</source>
        <translation>The password of %1 was set anew (by an administrator, or on another computer); sign in with the new password.</translation>
    </message>
    <message>
        <source>Sign in first to change your password.</source>
        <translation>Sign in first to change your password.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>The new password is the same as the current one.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
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
        <translation>Usage: liaisonctl --user NAME user COMMAND ...
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
</translation>
    </message>
    <message>
        <source>Unknown user command “%1”; see liaisonctl user --help.</source>
        <translation>Unknown user command “%1”; see liaisonctl user --help.</translation>
    </message>
    <message>
        <source>Write it as: liaisonctl user %1 NAME</source>
        <translation>Write it as: liaisonctl user %1 NAME</translation>
    </message>
    <message>
        <source>“user %1” takes no arguments, but “%2” was given.</source>
        <translation>“user %1” takes no arguments, but “%2” was given.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>must change the password</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>There is no person “%1”.</source>
        <translation>There is no person “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are named %1; give the person&apos;s number instead.</source>
        <translation>
            <numerusform>%n people are named %1; give the person&apos;s number instead.</numerusform>
            <numerusform>%n people are named %1; give the person&apos;s number instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write it as: liaisonctl user add NAME --role ROLE [--person P]</source>
        <translation>Write it as: liaisonctl user add NAME --role ROLE [--person P]</translation>
    </message>
    <message>
        <source>Unknown role “%1”; the roles are admin, supervisor, liaison and officer.</source>
        <translation>Unknown role “%1”; the roles are admin, supervisor, liaison and officer.</translation>
    </message>
    <message>
        <source>Created the user %1 (%2); they choose their own password at the first sign-in.</source>
        <translation>Created the user %1 (%2); they choose their own password at the first sign-in.</translation>
    </message>
    <message>
        <source>Current password for %1: </source>
        <translation>Current password for %1: </translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>The password of %1 is changed.</translation>
    </message>
    <message>
        <source>The password of %1 is reset; they must change it at the next sign-in.</source>
        <translation>The password of %1 is reset; they must change it at the next sign-in.</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 may sign in again.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 can no longer sign in.</translation>
    </message>
</context>
<context>
    <name>liaison::UsersPage</name>
    <message>
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Set a new password…</source>
        <translation>Set a new password…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>may sign in</source>
        <translation>may sign in</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>must change the password</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Created %1; they choose their own password at the first sign-in.</source>
        <translation>Created %1; they choose their own password at the first sign-in.</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>New password for %1:</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>The same password again:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 signs in with the new password and must then choose their own.</source>
        <translation>%1 signs in with the new password and must then choose their own.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>liaison::VehiclePlate</name>
    <message>
        <source>The plate number “%1” is not valid: %2</source>
        <translation>The plate number “%1” is not valid: %2</translation>
    </message>
    <message numerus="yes">
        <source>it has %n character(s); a plate has 7, or 8 for a new-energy vehicle.</source>
        <translation>
            <numerusform>it has %n character; a plate has 7, or 8 for a new-energy vehicle.</numerusform>
            <numerusform>it has %n characters; a plate has 7, or 8 for a new-energy vehicle.</numerusform>
        </translation>
    </message>
    <message>
        <source>it must begin with a province&apos;s abbreviation, such as 渝.</source>
        <translation>it must begin with a province&apos;s abbreviation, such as 渝.</translation>
    </message>
    <message>
        <source>the second character must be the letter of the issuing office, such as A.</source>
        <translation>the second character must be the letter of the issuing office, such as A.</translation>
    </message>
    <message>
        <source>after the office letter only digits and the letters A–Z (not I or O) may follow.</source>
        <translation>after the office letter only digits and the letters A–Z (not I or O) may follow.</translation>
    </message>
</context>
<context>
    <name>liaison::VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <source>Type the name, credit code or pinyin initials</source>
        <translation>Type the name, credit code or pinyin initials</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>&amp;Enterprise</source>
        <translation>&amp;Enterprise</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Who went</source>
        <translation>&amp;Who went</translation>
    </message>
    <message>
        <source>Production &amp;seen</source>
        <translation>Production &amp;seen</translation>
    </message>
    <message>
        <source>Staff on site</source>
        <translation>Staff on site</translation>
    </message>
    <message>
        <source>Staff helped back since the last visit</source>
        <translation>Staff helped back since the last visit</translation>
    </message>
    <message>
        <source>Staff in closed-loop production</source>
        <translation>Staff in closed-loop production</translation>
    </message>
    <message>
        <source>Capacity utilisation</source>
        <translation>Capacity utilisation</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>Problems raised</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1 (%n working day)</numerusform>
            <numerusform>%1 (%n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>What the enterprise asks for; Enter adds it</source>
        <translation>What the enterprise asks for; Enter adds it</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <source>&amp;Add problem</source>
        <translation>&amp;Add problem</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Save the visit and its problems (Ctrl+Return)</source>
        <translation>Save the visit and its problems (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Type what the enterprise asks for before adding the problem.</source>
        <translation>Type what the enterprise asks for before adding the problem.</translation>
    </message>
    <message>
        <source>Choose the enterprise visited.</source>
        <translation>Choose the enterprise visited.</translation>
    </message>
    <message>
        <source>“%1” is not an enterprise of the register; choose one from the list.</source>
        <translation>“%1” is not an enterprise of the register; choose one from the list.</translation>
    </message>
    <message>
        <source>Discard what you typed for this visit?</source>
        <translation>Discard what you typed for this visit?</translation>
    </message>
</context>
<context>
    <name>liaison::VisitImporter</name>
    <message>
        <source>Date of visit</source>
        <translation>Date of visit</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Production status seen</source>
        <translation>Production status seen</translation>
    </message>
    <message>
        <source>Staff on site</source>
        <translation>Staff on site</translation>
    </message>
    <message>
        <source>Staff returned</source>
        <translation>Staff returned</translation>
    </message>
    <message>
        <source>Staff in closed loop</source>
        <translation>Staff in closed loop</translation>
    </message>
    <message>
        <source>Capacity used (%)</source>
        <translation>Capacity used (%)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>this visit is already recorded</source>
        <translation>this visit is already recorded</translation>
    </message>
    <message>
        <source>the same visit as line %1</source>
        <translation>the same visit as line %1</translation>
    </message>
</context>
<context>
    <name>liaison::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Town/street/park</source>
        <translation>Town/street/park</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>Who went</translation>
    </message>
    <message>
        <source>Production seen</source>
        <translation>Production seen</translation>
    </message>
    <message>
        <source>Staff on site</source>
        <translation>Staff on site</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>Problems raised</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>liaison::VisitLog</name>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
    <message>
        <source>Seen at visit %1</source>
        <translation>Seen at visit %1</translation>
    </message>
</context>
<context>
    <name>liaison::VisitsPage</name>
    <message>
        <source>Enterprise name or pinyin</source>
        <translation>Enterprise name or pinyin</translation>
    </message>
    <message>
        <source>Who went</source>
        <translation>Who went</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>From: any</translation>
    </message>
    <message>
        <source>To: any</source>
        <translation>To: any</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>Any mode</translation>
    </message>
    <message>
        <source>Log a visit…</source>
        <translation>Log a visit…</translation>
    </message>
    <message>
        <source>All towns, streets and parks</source>
        <translation>All towns, streets and parks</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage over the last </source>
        <translation>Coverage over the last </translation>
    </message>
    <message>
        <source>Counted up to the “to” date when one is set, otherwise up to today.</source>
        <translation>Counted up to the “to” date when one is set, otherwise up to today.</translation>
    </message>
    <message>
        <source>Show the enterprises not visited</source>
        <translation>Show the enterprises not visited</translation>
    </message>
    <message>
        <source>to %1: %2 of %3 enterprises visited (%4 %), %5 not visited</source>
        <translation>to %1: %2 of %3 enterprises visited (%4 %), %5 not visited</translation>
    </message>
    <message>
        <source> days</source>
        <comment>visit coverage window</comment>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>liaison::XlsxTableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>liaison::ZipDirectory</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a workbook: its zip directory is missing or damaged.</source>
        <translation>%1 is not a workbook: its zip directory is missing or damaged.</translation>
    </message>
    <message>
        <source>%1 holds a member larger than 4 GiB, which no workbook to import needs.</source>
        <translation>%1 holds a member larger than 4 GiB, which no workbook to import needs.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LiaisonDesk</source>
        <translation>LiaisonDesk</translation>
    </message>
    <message>
        <source>Enterprise liaison and problem coordination.</source>
        <translation>Enterprise liaison and problem coordination.</translation>
    </message>
    <message>
        <source>The database: an SQLite file or a postgresql:// URL.</source>
        <translation>The database: an SQLite file or a postgresql:// URL.</translation>
    </message>
    <message>
        <source>path|url</source>
        <translation>path|url</translation>
    </message>
    <message>
        <source>LiaisonDesk needs a display, and there is none here (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it in a desktop session, over ssh -X, or with xvfb-run; with QT_QPA_PLATFORM=offscreen it runs without showing anything.
liaisonctl does the same work without a window.</source>
        <translation>LiaisonDesk needs a display, and there is none here (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it in a desktop session, over ssh -X, or with xvfb-run; with QT_QPA_PLATFORM=offscreen it runs without showing anything.
liaisonctl does the same work without a window.</translation>
    </message>
</context>
</TS>
