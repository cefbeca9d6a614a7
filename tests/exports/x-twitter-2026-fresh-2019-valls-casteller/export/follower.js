window.YTD.follower.part0 = [ {
  "follower" : {
    "accountId" : "2987016542"
  }
}, {
  "follower" : {
    "accountId" : "1038264017532874753"
  }
}, {
  "follower" : {
    "accountId" : "163582049"
  }
} ]