#!/usr/bin/env bash
# Writes OutlookReferral's Outlook add-in manifest for the host that serves the API and the task
# pane: the XML "add-in only" manifest by default, or with --json the unified manifest for
# Microsoft 365 (new Outlook, Outlook on the web, a Teams app package). Every URL in either starts
# with that one base URL.
#
#     tools/write-manifest.sh https://outlook-referral.example.com > manifest.xml
#     tools/write-manifest.sh --json https://outlook-referral.example.com > manifest.json
#
# The manifest.xml and manifest.json in the repository are this script's output for
# https://localhost:5443; tests/OutlookReferral.Tests/Manifest/ checks them.
set -euo pipefail

format=xml
if [ "${1:-}" = "--json" ]; then
  format=json
  shift
fi
base="${1:-}"
base="${base%/}"
if [[ ! "$base" =~ ^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?$ ]]; then
  echo "usage: $0 [--json] https://HOST[:PORT]   (HTTPS, no path: Outlook loads add-ins over HTTPS only)" >&2
  exit 2
fi

# What both manifests say: the add-in's name, its description, and its one button.
app_name="OutlookReferral"
description="Follow up with referred prospects who went quiet, keeping the referral source in the loop."
button_label="Referral follow-ups"
button_tip="Shows the referral behind this message and every referred prospect who has gone quiet."

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
${i}    <bt:String id="GroupLabel" DefaultValue="${app_name}"/>
${i}    <bt:String id="PaneButtonLabel" DefaultValue="${button_label}"/>
${i}  </bt:ShortStrings>
${i}  <bt:LongStrings>
${i}    <bt:String id="PaneButtonTip" DefaultValue="${button_tip}"/>
${i}  </bt:LongStrings>
${i}</Resources>
XML
}

# The unified manifest (JSON). The same name, description, developer, permission, Mailbox
# requirements, buttons and task pane as the XML, under its own id: Microsoft asks for a new GUID
# when an add-in moves to the unified manifest. Schema 1.19 is one that the validator in
# tools/manifest-check ships, so it checks the file offline.
json_id="1414e553-927d-4895-91e1-dc2145da9200"
# description.short is 80 characters at most.
short_description="Follow up with referred prospects who went quiet, with the source in the loop."
# A unified-manifest button takes three icons: 16, 32 and 80.
json_button_sizes=(16 32 80)

# One ribbon (read or compose): a button on the default tab that runs an openPage action.
# $1 context, $2 group id, $3 control id, $4 action id, $5 "," after all but the last ribbon.
json_ribbon() {
  local i="        " n=0
  cat <<JSON
${i}{
${i}  "requirements": {
${i}    "capabilities": [{ "name": "Mailbox", "minVersion": "1.3" }],
${i}    "formFactors": ["desktop"]
${i}  },
${i}  "contexts": ["$1"],
${i}  "tabs": [
${i}    {
${i}      "builtInTabId": "TabDefault",
${i}      "groups": [
${i}        {
${i}          "id": "$2",
${i}          "label": "${app_name}",
${i}          "controls": [
${i}            {
${i}              "id": "$3",
${i}              "type": "button",
${i}              "label": "${button_label}",
${i}              "icons": [
JSON
  for size in "${json_button_sizes[@]}"; do
    n=$((n + 1))
    local comma=","; [ "$n" -eq "${#json_button_sizes[@]}" ] && comma=""
    echo "${i}                { \"size\": ${size}, \"url\": \"${base}/assets/icon-${size}.png\" }${comma}"
  done
  cat <<JSON
${i}              ],
${i}              "supertip": {
${i}                "title": "${button_label}",
${i}                "description": "${button_tip}"
${i}              },
${i}              "actionId": "$4"
${i}            }
${i}          ]
${i}        }
${i}      ]
${i}    }
${i}  ]
${i}}$5
JSON
}

json_manifest() {
  local host="${base#https://}"
  # Permissions: MailboxItem.Read.User is the XML's ReadItem, reading the open item and nothing more.
  # Pinning: the read pane keeps following the selected message (the XML's SupportsPinning); the
  # compose pane is not pinnable, as in the XML. No "alternates": its icon sizes stop at 80, so it
  # cannot declare the 128 px high-resolution icon, and manifest.xml already serves older clients.
  # privacyUrl and termsOfUseUrl are addin/privacy.html and addin/terms.html: whoever deploys it reviews them.
  cat <<JSON
{
  "\$schema": "https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json",
  "manifestVersion": "1.19",
  "version": "1.0.0",
  "id": "${json_id}",
  "localizationInfo": {
    "defaultLanguageTag": "en-us"
  },
  "developer": {
    "name": "${app_name}",
    "websiteUrl": "${base}/taskpane.html",
    "privacyUrl": "${base}/privacy.html",
    "termsOfUseUrl": "${base}/terms.html"
  },
  "name": {
    "short": "${app_name}",
    "full": "${app_name}"
  },
  "description": {
    "short": "${short_description}",
    "full": "${description}"
  },
  "icons": {
    "outline": "addin/assets/icon-outline-32.png",
    "color": "addin/assets/icon-color-192.png"
  },
  "accentColor": "#0F6CBD",
  "validDomains": ["${host}"],
  "authorization": {
    "permissions": {
      "resourceSpecific": [{ "name": "MailboxItem.Read.User", "type": "Delegated" }]
    }
  },
  "extensions": [
    {
      "requirements": {
        "scopes": ["mail"],
        "capabilities": [{ "name": "Mailbox", "minVersion": "1.1" }]
      },
      "runtimes": [
        {
          "requirements": {
            "capabilities": [{ "name": "Mailbox", "minVersion": "1.3" }],
            "formFactors": ["desktop"]
          },
          "id": "TaskPaneRuntime",
          "type": "general",
          "code": { "page": "${base}/taskpane.html" },
          "lifetime": "short",
          "actions": [
            { "id": "openPaneFromRead", "type": "openPage", "displayName": "${button_label}", "pinnable": true },
            { "id": "openPaneFromCompose", "type": "openPage", "displayName": "${button_label}", "pinnable": false }
          ]
        }
      ],
      "ribbons": [
JSON
  json_ribbon mailRead referralReadGroup referralReadOpenPane openPaneFromRead ","
  json_ribbon mailCompose referralComposeGroup referralComposeOpenPane openPaneFromCompose ""
  cat <<JSON
      ]
    }
  ]
}
JSON
}

xml_manifest() {
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
  <ProviderName>${app_name}</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="${app_name}"/>
  <Description DefaultValue="${description}"/>
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
}

if [ "$format" = json ]; then
  json_manifest
else
  xml_manifest
fi
