#!/usr/bin/env bash
# Writes OutlookReferral's Outlook add-in manifest (XML, "add-in only") for the host that serves
# the API and the task pane. Every URL in it starts with that one base URL.
#
#     tools/write-manifest.sh https://outlook-referral.example.com > manifest.xml
#
# The manifest.xml in the repository is this script's output for https://localhost:5443;
# tests/OutlookReferral.Tests/Manifest/ManifestTests.cs checks both.
set -euo pipefail

base="${1:-}"
base="${base%/}"
if [[ ! "$base" =~ ^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$ ]]; then
  echo "usage: $0 https://HOST[:PORT]   (HTTPS, no path: Outlook loads add-ins over HTTPS only)" >&2
  exit 2
fi

# Every size the API serves from addin/assets; buttons need 16, 32 and 80, the others help scaling.
button_sizes=(16 20 24 32 40 48 64 80)

# One command surface (read or compose): a button on the default tab that opens the task pane.
# $1 surface, $2 group id, $3 control id, $4 indent, $5 extra Action children.
surface() {
  local i="$4"
  cat <<XML
${i}<ExtensionPoint xsi:type="$1">
${i}  <OfficeTab id="TabDefault">
${i}    <Group id="$2">
${i}      <Label resid="GroupLabel"/>
${i}      <Control xsi:type="Button" id="$3">
${i}        <Label resid="PaneButtonLabel"/>
${i}        <Supertip>
${i}          <Title resid="PaneButtonLabel"/>
${i}          <Description resid="PaneButtonTip"/>
${i}        </Supertip>
${i}        <Icon>
XML
  for size in "${button_sizes[@]}"; do
    echo "${i}          <bt:Image size=\"${size}\" resid=\"Icon${size}\"/>"
  done
  cat <<XML
${i}        </Icon>
${i}        <Action xsi:type="ShowTaskpane">
${i}          <SourceLocation resid="TaskpaneUrl"/>$5
${i}        </Action>
${i}      </Control>
${i}    </Group>
${i}  </OfficeTab>
${i}</ExtensionPoint>
XML
}

# Requirements, Hosts and Resources of one VersionOverrides block. $1 indent, $2 minimum Mailbox set, $3 pinning.
overrides() {
  local i="$1" pin=""
  [ "$3" = "pinnable" ] && pin=$'\n'"${i}                <SupportsPinning>true</SupportsPinning>"
  cat <<XML
${i}<Requirements>
${i}  <bt:Sets DefaultMinVersion="$2">
${i}    <bt:Set Name="Mailbox"/>
${i}  </bt:Sets>
${i}</Requirements>
${i}<Hosts>
${i}  <Host xsi:type="MailHost">
${i}    <DesktopFormFactor>
XML
  surface MessageReadCommandSurface referralReadGroup referralReadOpenPane "${i}      " "$pin"
  surface MessageComposeCommandSurface referralComposeGroup referralComposeOpenPane "${i}      " ""
  cat <<XML
${i}    </DesktopFormFactor>
${i}  </Host>
${i}</Hosts>
${i}<Resources>
${i}  <bt:Images>
XML
  for size in "${button_sizes[@]}"; do
    echo "${i}    <bt:Image id=\"Icon${size}\" DefaultValue=\"${base}/assets/icon-${size}.png\"/>"
  done
  cat <<XML
${i}  </bt:Images>
${i}  <bt:Urls>
${i}    <bt:Url id="TaskpaneUrl" DefaultValue="${base}/taskpane.html"/>
${i}  </bt:Urls>
${i}  <bt:ShortStrings>
${i}    <bt:String id="GroupLabel" DefaultValue="OutlookReferral"/>
${i}    <bt:String id="PaneButtonLabel" DefaultValue="Referral follow-ups"/>
${i}  </bt:ShortStrings>
${i}  <bt:LongStrings>
${i}    <bt:String id="PaneButtonTip" DefaultValue="Shows the referral behind this message and every referred prospect who has gone quiet."/>
${i}  </bt:LongStrings>
${i}</Resources>
XML
}

cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by tools/write-manifest.sh ${base}: edit the script, not this file. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
           xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0"
           xsi:type="MailApp">
  <Id>6d1f3c2a-8e4b-4f7a-9c35-0b2e7a51d9c4</Id>
  <Version>1.0.0.0</Version>
  <ProviderName>OutlookReferral</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="OutlookReferral"/>
  <Description DefaultValue="Follow up with referred prospects who went quiet, keeping the referral source in the loop."/>
  <IconUrl DefaultValue="${base}/assets/icon-64.png"/>
  <HighResolutionIconUrl DefaultValue="${base}/assets/icon-128.png"/>
  <SupportUrl DefaultValue="${base}/taskpane.html"/>
  <AppDomains>
    <AppDomain>${base}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Mailbox"/>
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemRead">
      <DesktopSettings>
        <SourceLocation DefaultValue="${base}/taskpane.html"/>
        <RequestedHeight>250</RequestedHeight>
      </DesktopSettings>
    </Form>
  </FormSettings>
  <!-- Reads the open message (sender, recipients, subject, thread), in read and compose; writes nothing into it. -->
  <Permissions>ReadItem</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>
  </Rule>
  <DisableEntityHighlighting>false</DisableEntityHighlighting>
  <!-- Mailbox 1.3 and 1.4 clients read these buttons; 1.5 and later the 1.1 block, which adds pinning. -->
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
XML
overrides "    " "1.3" "fixed"
cat <<XML
    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
XML
overrides "      " "1.5" "pinnable"
cat <<XML
    </VersionOverrides>
  </VersionOverrides>
</OfficeApp>
XML
