<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>liaison::CreditCode</name>
    <message>
        <source>The unified social credit code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code “%1” has %2 characters; it must have 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code “%1” has “%2” in place %3; only digits and the capital letters A–Y without I, O, S, V and Z are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code “%1” must have the administrative division code (six digits) in places 3 to 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code “%1” is not valid: its check character is “%2”, it should be “%3”. Check the code for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::CtlApplication</name>
    <message>
        <source>Try “liaisonctl --help” for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: liaisonctl [--db PATH|postgresql://user@host:port/db] [--user NAME] COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database, or upgrade it to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty database with the reference scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headline figures as of a date (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database (default: %1; or LIAISON_DB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is acting, for the audit log (or LIAISON_USER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 failed, 2 usage error, 3 permission denied, 4 conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“init” takes no arguments, but “%1” was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument “%1” for “demo”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scenario “%1”; the scenario available is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the scenario %1 into %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument “%1” for “stats”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of: “%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly managed above-size enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  of which in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises about to be upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White-listed enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport passes issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver white-list applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff helped back to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff in closed-loop production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::Database</name>
    <message>
        <source>No database was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address; write postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist; create it with “liaisonctl init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds other data and is not a LiaisonDesk database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::DomainText</name>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above-size, directly managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to be upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialised and innovative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key link of an industrial chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed-loop production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town/street/park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver white-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::EnterpriseTableModel</name>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town/street/park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White-list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::EntityRules</name>
    <message>
        <source>The area name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The division code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an area named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a department named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telephone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person belongs to a department or to an area, not to both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White-list batch %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town, street or park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The white-list batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enterprise with the credit code %1 is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The district department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department&apos;s liaison person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s liaison person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff in closed-loop production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a problem category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owning area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolved problem needs the date it was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resolved problem has a resolution date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the event is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transport pass is issued for one vehicle: the plate number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One vehicle, one pass: a pass request covers exactly one vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver&apos;s telephone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enterprise cannot supply itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supply link is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of people transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name “%1” is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::FieldChecks</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a telephone number: use digits, spaces, “-” and “+” only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required and must be a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is outside the years %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; it must be between %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no record with number %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::JiulongpoScenario</name>
    <message>
        <source>The database already holds enterprises or areas; the demo data is loaded only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s district data is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>LiaisonDesk — enterprise register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LiaisonDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this empty database with the Jiulongpo district reference scenario (November 2022)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LiaisonDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiaisonDesk %1
Case management for the enterprise liaison work of a district economy and information commission.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::Migrations</name>
    <message>
        <source>The database %1 was made by a newer LiaisonDesk (schema %2, this program knows %3); update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::RepositoryMessages</name>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 was not found; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it; reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::Statistics</name>
    <message>
        <source>The as-of date is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LiaisonDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise liaison and problem coordination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: an SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path|url</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
