// Drives the fake Salesforce org with the unmodified jsforce client (the API calls any jsforce user would make) and
// prints one JSON object of what it saw. Run by FakeOrgJsforceTests; by hand:
//   SF_LOGIN_URL=http://127.0.0.1:PORT SF_CLIENT_ID=... SF_CLIENT_SECRET=... node fidelity.js
'use strict';
const jsforce = require('jsforce');

async function main() {
  const env = process.env;
  const conn = new jsforce.Connection({
    oauth2: { loginUrl: env.SF_LOGIN_URL, clientId: env.SF_CLIENT_ID, clientSecret: env.SF_CLIENT_SECRET },
    version: '60.0',
  });
  const out = {};

  // 1. OAuth 2.0 client credentials.
  const user = await conn.authorize({ grant_type: 'client_credentials' });
  out.userId = user.id;
  out.organizationId = user.organizationId;
  out.instanceUrl = conn.instanceUrl;

  // 2. SOQL with queryMore paging (200 records a page).
  const headers = { 'Sforce-Query-Options': 'batchSize=200' };
  let page = await conn.query('SELECT Id, Name, Email, Account.Name FROM Contact ORDER BY Id', { headers });
  out.totalSize = page.totalSize;
  out.firstNextRecordsUrl = page.nextRecordsUrl || null;
  const ids = page.records.map((r) => r.Id);
  out.pages = 1;
  out.firstAccountName = (page.records.find((r) => r.Account) || {}).Account?.Name || null;
  while (!page.done) {
    page = await conn.queryMore(page.nextRecordsUrl, { headers });
    out.pages += 1;
    ids.push(...page.records.map((r) => r.Id));
  }
  out.fetched = ids.length;
  out.distinct = new Set(ids).size;

  // 3. queryAll (jsforce 3: scanAll): the Recycle Bin too.
  const all = await conn.query('SELECT Id, IsDeleted FROM Contact WHERE IsDeleted = true', { scanAll: true });
  out.deletedCount = all.totalSize;
  out.deletedFlags = all.records.every((r) => r.IsDeleted === true);

  // 4. describe.
  const describe = await conn.sobject('Contact').describe();
  const score = describe.fields.find((f) => f.name === 'CrmSync_Duplicate_Score__c');
  out.describeName = describe.name;
  out.keyPrefix = describe.keyPrefix;
  out.scoreUpdateable = score ? score.updateable : null;

  // 5. sObject Collections update, results by position (one record is locked by the test).
  const targets = [ids[0], env.SF_LOCKED_ID, ids[2]];
  const results = await conn.sobject('Contact').update(targets.map((Id, i) => ({ Id, CrmSync_Duplicate_Score__c: 0.25 * (i + 1) })));
  out.updateResults = results.map((r) => ({ id: r.id, success: r.success, code: r.errors && r.errors[0] ? r.errors[0].statusCode : null }));

  // 6. Task insert, then found again by its alert key.
  const opportunity = await conn.query("SELECT Id, OwnerId FROM Opportunity WHERE IsClosed = false ORDER BY Id LIMIT 1");
  const key = "jsforce-alert-1 'quoted' \\ 100%";
  const task = await conn.sobject('Task').create({
    Subject: 'CrmSync: opportunity idle in stage', WhatId: opportunity.records[0].Id, OwnerId: opportunity.records[0].OwnerId,
    ActivityDate: '2025-04-02', Status: 'Not Started', Priority: 'High', CrmSync_Alert_Key__c: key,
  });
  out.taskId = task.id;
  out.taskSuccess = task.success;
  const escaped = key.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  const found = await conn.query(`SELECT Id, Subject, WhatId FROM Task WHERE CrmSync_Alert_Key__c = '${escaped}'`);
  out.taskFound = found.records.map((r) => r.Id);
  out.taskWhatId = found.records[0] ? found.records[0].WhatId : null;
  out.opportunityId = opportunity.records[0].Id;

  out.limitInfo = conn.limitInfo;
  process.stdout.write(JSON.stringify(out));
}

main().catch((error) => {
  process.stderr.write(`${error.name}: ${error.message}\n${error.stack}\n`);
  process.exit(1);
});
