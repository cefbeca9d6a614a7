window.YTD.following.part0 = [ {
  "following" : {
    "accountId" : "2987016542"
  }
}, {
  "following" : {
    "accountId" : "403918276"
  }
} ]