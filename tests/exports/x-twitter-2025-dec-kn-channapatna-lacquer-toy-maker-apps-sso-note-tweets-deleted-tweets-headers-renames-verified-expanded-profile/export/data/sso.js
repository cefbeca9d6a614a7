window.YTD.sso.part0 = [
  {
    "singleSignOnMetaValues" : {
      "ssoId" : "108342917760551294863",
      "ssoEmail" : "pavithra.nanjundaswamy@example.com",
      "associationMethodType" : "Login",
      "createdAt" : "2021-06-19T05:42:18.311Z"
    }
  }
]