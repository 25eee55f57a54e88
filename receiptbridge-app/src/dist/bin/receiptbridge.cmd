@echo off
rem Receipt Bridge command-line app: runs lib\receiptbridge-cli.jar with the Java of JAVA_HOME, or else the java on
rem PATH (Java 17 or newer). Every argument is passed through and the app's exit code is this script's
rem (0 done, 1 failed or pending, 2 usage or configuration, 3 connection or setup; 127 here: no Java found).
rem JAVA_OPTS adds JVM options, e.g. set JAVA_OPTS=-Xmx1g, after the batch defaults below, which it overrides
setlocal
set "APP_HOME=%~dp0.."

if not defined JAVA_HOME goto javaFromPath
set "JAVACMD=%JAVA_HOME%\bin\java.exe"
if exist "%JAVACMD%" goto run
echo error: JAVA_HOME is set to "%JAVA_HOME%", which holds no bin\java.exe. 1>&2
echo Point JAVA_HOME at a Java 17 or newer, or unset it to use the java on PATH. 1>&2
exit /b 127

:javaFromPath
set "JAVACMD=java.exe"
where /q java.exe
if not errorlevel 1 goto run
echo error: no java on PATH and JAVA_HOME is not set. Install Java 17 or newer, or set JAVA_HOME. 1>&2
exit /b 127

:run
rem Every command but "serve" is a batch that ends within minutes: the client compiler alone (C1), a modest heap and
rem the serial collector cost it about 40 per cent less CPU than the JVM's defaults. JAVA_OPTS comes after these, so
rem it overrides them (another collector needs -XX:-UseSerialGC before it).
set "BATCH_OPTS=-XX:TieredStopAtLevel=1 -Xmx512m -XX:+UseSerialGC"
if /i "%~1"=="serve" set "BATCH_OPTS="
rem The log's configuration: conf\logback.xml when there is one (the administrator's to change), else the jar's own;
rem a -Dlogback.configurationFile=... in JAVA_OPTS, given after it, names another file instead.
if not exist "%APP_HOME%\conf\logback.xml" goto runWithJarLog
"%JAVACMD%" "-Dlogback.configurationFile=%APP_HOME%\conf\logback.xml" %BATCH_OPTS% %JAVA_OPTS% -jar "%APP_HOME%\lib\receiptbridge-cli.jar" %*
exit /b %ERRORLEVEL%

:runWithJarLog
"%JAVACMD%" %BATCH_OPTS% %JAVA_OPTS% -jar "%APP_HOME%\lib\receiptbridge-cli.jar" %*
exit /b %ERRORLEVEL%
